namespace Finsam.Web.Spreadsheets;

// What a file says about where it came from, in a hidden sheet of its own: the budget it was
// downloaded from and that budget's version (etag), so an upload knows what it changes.
public sealed record WorkbookStamp(string BudgetName, string Etag)
{
    public const string SheetName = "Finsam";
    public const string BudgetLabel = "Budget";
    public const string EtagLabel = "Version (etag)";
}
