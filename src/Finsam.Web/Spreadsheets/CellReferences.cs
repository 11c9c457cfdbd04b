namespace Finsam.Web.Spreadsheets;

// A spreadsheet's column letters and cell references ("C7"), both ways.
public static class CellReferences
{
    public static string Column(int number)
    {
        var letters = "";
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }
        return letters;
    }

    // "C7" → (7, 3); null for anything else. Columns stop at Excel's last (XFD, 16 384).
    public static (int Row, int Column)? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var i = 0;
        var column = 0;
        while (i < reference.Length && char.IsAsciiLetterUpper(reference[i]) && i < 3)
        {
            column = column * 26 + (reference[i] - 'A' + 1);
            i++;
        }
        if (column == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, null, out var row) || row < 1)
        {
            return null;
        }
        return (row, column);
    }
}
