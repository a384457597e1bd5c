"""The single-instance socket: protocol and client (Qt-free), server (Qt)."""
