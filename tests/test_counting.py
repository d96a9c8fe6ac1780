from harness.counting import counted


def test_a_count_of_one_reads_singular_and_any_other_plural():
    assert [counted(n, "row") for n in (0, 1, 2)] == ["0 rows", "1 row", "2 rows"]


def test_a_plural_not_made_with_s_is_given():
    assert counted(1, "file or folder", "files or folders") == "1 file or folder"
    assert counted(3, "file or folder", "files or folders") == "3 files or folders"
