namespace Finsam.Web.Spreadsheets;

// One cell of a table as a person sees it, by what it holds: text stays text, money stays
// exact öre, a whole number and a date stay numbers, so a spreadsheet can count with them.
public abstract record SheetCell
{
    public static readonly SheetCell Empty = new EmptyCell();

    public static SheetCell Text(string text) => new TextCell(text);

    public static SheetCell Money(long ore) => new MoneyCell(ore);

    public static SheetCell Number(long value) => new NumberCell(value);

    // A share in hundredths of a percent (1 950 is 19,5 %), as the services count shares.
    public static SheetCell Share(int basisPoints) => new ShareCell(basisPoints);

    // A service's ISO date ("2027-03-31"); left empty where there is none, and kept as text
    // where it is not a date, so nothing said is lost.
    public static SheetCell Date(string isoDate) =>
        string.IsNullOrWhiteSpace(isoDate) ? Empty
        : DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", out var date) ? new DateCell(date)
        : new TextCell(isoDate);

    public static implicit operator SheetCell(string text) => Text(text);
}

public sealed record EmptyCell : SheetCell;

public sealed record TextCell(string Value) : SheetCell;

public sealed record MoneyCell(long Ore) : SheetCell
{
    // Kronor with öre, exact: a decimal, never a double.
    public decimal Kronor => Ore / 100m;
}

public sealed record NumberCell(long Value) : SheetCell;

public sealed record DateCell(DateOnly Value) : SheetCell;

public sealed record ShareCell(int BasisPoints) : SheetCell
{
    // The share as a spreadsheet counts it (0,195 shown as 19,50 %), exact.
    public decimal Fraction => BasisPoints / 10_000m;

    public decimal Percent => BasisPoints / 100m;
}
