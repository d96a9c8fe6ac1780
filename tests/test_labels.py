"""How a file is named in messages (`inputs.relative_label`): relative to the project, by the path as found."""

import os

from harness import inputs


def test_a_file_in_the_project_is_named_from_its_path_alone(tmp_path, monkeypatch):
    # verify names every claim file it reads: the file's own real path is not worked out (only the project's)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("id: a\n")
    real = []
    realpath = os.path.realpath
    monkeypatch.setattr(os.path, "realpath", lambda p, **kw: real.append(str(p)) or realpath(p, **kw))
    assert inputs.relative_label(tmp_path / "claims" / "a.yaml", tmp_path) == "claims/a.yaml"
    assert real == [str(tmp_path)]


def test_a_file_reached_through_a_link_from_outside_is_named_by_its_place_in_the_project(tmp_path):
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / "claims").mkdir(parents=True)
    outside.mkdir()
    (project / "claims" / "a.yaml").write_text("id: a\n")
    os.symlink(project / "claims", outside / "linked")
    (outside / "b.yaml").write_text("id: b\n")
    assert inputs.relative_label(outside / "linked" / "a.yaml", project) == "claims/a.yaml"
    assert inputs.relative_label(outside / "b.yaml", project) == str(outside / "b.yaml")  # outside: as named
