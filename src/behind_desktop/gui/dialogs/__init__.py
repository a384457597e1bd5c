"""Windows that come and go: the check-in, the timer, prompts, the I'm-behind flow, the welcome."""
