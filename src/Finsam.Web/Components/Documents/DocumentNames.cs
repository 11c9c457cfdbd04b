using Finsam.Contracts.Documents.V1;

namespace Finsam.Web.Components.Documents;

// A year's document and its text by kind, as the documents service names them.
public static class DocumentNames
{
    public static string Document(DocumentKind kind, string federationId, int year) =>
        $"federations/{federationId}/{(kind == DocumentKind.AnnualReport ? "annualReports" : "documents")}/{year}";

    public static string Template(DocumentKind kind, string federationId) =>
        $"federations/{federationId}/{(kind == DocumentKind.AnnualReport ? "annualReportTemplate" : "documentTemplate")}";

    public static string Text(DocumentKind kind, string federationId, int year) =>
        $"federations/{federationId}/{(kind == DocumentKind.AnnualReport ? "annualReportTexts" : "planTexts")}/{year}";
}
