using Finsam.Contracts.Documents.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Documents;

// The resource names documents parses and builds, each declared once. A plan's and an annual
// report's resources have names of their own, so a name says which kind it is.
public static class DocumentNames
{
    public static readonly ResourcePattern Template = ResourcePattern.Of("federations/{federation}/documentTemplate");

    public static readonly ResourcePattern PlanText = ResourcePattern.Of("federations/{federation}/planTexts/{year:int}");

    public static readonly ResourcePattern Document = ResourcePattern.Of("federations/{federation}/documents/{year:int}");

    public static readonly ResourcePattern Version = ResourcePattern.Of("federations/{federation}/documents/{year:int}/versions/{version:int}");

    public static readonly ResourcePattern AnnualReportTemplate = ResourcePattern.Of("federations/{federation}/annualReportTemplate");

    public static readonly ResourcePattern AnnualReportText = ResourcePattern.Of("federations/{federation}/annualReportTexts/{year:int}");

    public static readonly ResourcePattern AnnualReport = ResourcePattern.Of("federations/{federation}/annualReports/{year:int}");

    public static readonly ResourcePattern AnnualReportVersion = ResourcePattern.Of("federations/{federation}/annualReports/{year:int}/versions/{version:int}");

    // The other services' resources a document is made from.
    public static readonly ResourcePattern Federation = ResourcePattern.Of("federations/{federation}");

    public static readonly ResourcePattern Allocation = ResourcePattern.Of("federations/{federation}/allocations/{year:int}");

    public static readonly ResourcePattern Budget = ResourcePattern.Of("federations/{federation}/budgets/{year:int}");

    public static readonly ResourcePattern FollowUp = ResourcePattern.Of("federations/{federation}/followUps/{year:int}");

    public static readonly ResourcePattern YearActuals = ResourcePattern.Of("federations/{federation}/actuals/{year:int}");

    public static ResourcePattern TemplateOf(DocumentKind kind) => kind == DocumentKind.AnnualReport ? AnnualReportTemplate : Template;

    public static ResourcePattern TextOf(DocumentKind kind) => kind == DocumentKind.AnnualReport ? AnnualReportText : PlanText;

    public static ResourcePattern DocumentOf(DocumentKind kind) => kind == DocumentKind.AnnualReport ? AnnualReport : Document;

    public static ResourcePattern VersionOf(DocumentKind kind) => kind == DocumentKind.AnnualReport ? AnnualReportVersion : Version;

    public static (DocumentKind Kind, ResourceName Name) ParseTemplate(string name, string field) => ParseEither(Template, AnnualReportTemplate, name, field);

    public static (DocumentKind Kind, ResourceName Name) ParseText(string name, string field) => ParseEither(PlanText, AnnualReportText, name, field);

    public static (DocumentKind Kind, ResourceName Name) ParseDocument(string name, string field) => ParseEither(Document, AnnualReport, name, field);

    public static (DocumentKind Kind, ResourceName Name) ParseVersion(string name, string field) => ParseEither(Version, AnnualReportVersion, name, field);

    // A name of the plan's form or of the annual report's; anything else names both forms.
    private static (DocumentKind, ResourceName) ParseEither(ResourcePattern plan, ResourcePattern annualReport, string name, string field)
    {
        if (plan.Match(name) is { } planName)
        {
            return (DocumentKind.Plan, planName);
        }
        if (annualReport.Match(name) is { } reportName)
        {
            return (DocumentKind.AnnualReport, reportName);
        }
        var reason = name.Length == 0 ? ViolationReason.Required : ViolationReason.InvalidFormat;
        throw GrpcErrors.InvalidArgument(new FieldViolations().Add(field, reason, $"Expected {plan.Expected} or {annualReport.Expected}."));
    }
}
