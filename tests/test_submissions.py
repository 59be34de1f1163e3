"""The submissions CSV as spreadsheets export it: separators, encodings, header case."""

from __future__ import annotations

import pytest

from pipeline.submissions import SubmissionsError, read_submissions, submission_for, without_cv


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("file,supplier,employment,hourly_rate\ncv-é.pdf,Bureau Één,Loondienst,\"87,50\"\n",
         "utf-8"),
        ("file,supplier,employment,hourly_rate\r\ncv-é.pdf,Bureau Één,Loondienst,87.50\r\n",
         "utf-8-sig"),
        ("File;Supplier;Employment;Hourly_rate\ncv-é.pdf;Bureau Één;LOONDIENST;87,50\n",
         "cp1252"),  # Dutch Excel: semicolons, Windows-1252, header as typed
        ("file\tsupplier\temployment\thourly_rate\ncv-é.pdf\tBureau Één\tloondienst\t€ 87,50\n",
         "utf-8"),
    ],
    ids=["comma", "bom-crlf", "excel-nl", "tab"],
)
def test_submissions_read_every_export(tmp_path, content, encoding):
    path = tmp_path / "submissions.csv"
    path.write_bytes(content.encode(encoding))
    row = read_submissions(path)["cv-é.pdf"]
    assert (row.supplier, row.employment, row.hourly_rate) == ("Bureau Één", "loondienst", 87.5)


def test_submissions_without_file_column_say_what_to_fix(tmp_path):
    path = tmp_path / "submissions.csv"
    path.write_text("naam;tarief\ncv.pdf;80\n", encoding="utf-8")
    with pytest.raises(SubmissionsError, match="column 'file'"):
        read_submissions(path)


def test_submissions_match_case_and_list_what_never_arrived(tmp_path):
    path = tmp_path / "submissions.csv"
    path.write_text("file,employment\nCV Jansen.PDF,zzp\nlate.docx,payroll\n", encoding="utf-8")
    rows = read_submissions(path)
    assert submission_for(rows, "cv jansen.pdf").employment == "zzp"
    assert submission_for(rows, "other.pdf") is None
    assert without_cv(rows, ["cv jansen.pdf", "other.pdf"]) == ["late.docx"]
