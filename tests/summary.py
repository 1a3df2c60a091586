"""Reading the summary table that `warta ingest` prints, as a user reads it: by column name."""


def summary_counts(output: str) -> dict[str, int]:
    """The ingest summary table as {column: count}."""
    rows = [[cell.strip() for cell in line.strip("│┃ ").split("│" if "│" in line else "┃")]
            for line in output.splitlines() if line.startswith(("│", "┃"))]
    header_lines = [r for r in rows if not r[0].isdigit()]
    headers = [" ".join(filter(None, parts)) for parts in zip(*header_lines)]
    return dict(zip(headers, map(int, next(r for r in rows if r[0].isdigit()))))
