namespace Finsam.Web.Spreadsheets;

// A cell of an uploaded file that cannot be taken as it stands, named as the person finds it
// in Excel: "Blad Budget, rad 7, kolumn C: ”abc” är inget belopp".
public sealed record CellProblem(string Sheet, int Row, int Column, string Text)
{
    public override string ToString() => $"Blad {Sheet}, rad {Row}, kolumn {CellReferences.Column(Column)}: {Text}";
}
