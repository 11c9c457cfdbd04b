namespace Finsam.Web.Spreadsheets;

// A download: the tables (a sheet each in .xlsx; the first alone in CSV), what the file is
// called, and a stamp where the file can come back (the budget's lines).
public sealed record TableFile(string FileName, IReadOnlyList<SheetTable> Tables, WorkbookStamp? Stamp = null)
{
    public TableFile(string fileName, SheetTable table, WorkbookStamp? stamp = null) : this(fileName, [table], stamp)
    {
    }
}
