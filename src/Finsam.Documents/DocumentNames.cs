using Finsam.ServiceKit.Resources;

namespace Finsam.Documents;

// The resource names documents parses and builds, each declared once.
public static class DocumentNames
{
    public static readonly ResourcePattern Template = ResourcePattern.Of("federations/{federation}/documentTemplate");

    public static readonly ResourcePattern PlanText = ResourcePattern.Of("federations/{federation}/planTexts/{year:int}");

    public static readonly ResourcePattern Document = ResourcePattern.Of("federations/{federation}/documents/{year:int}");

    public static readonly ResourcePattern Version = ResourcePattern.Of("federations/{federation}/documents/{year:int}/versions/{version:int}");

    // The other services' resources a document is made from.
    public static readonly ResourcePattern Federation = ResourcePattern.Of("federations/{federation}");

    public static readonly ResourcePattern Allocation = ResourcePattern.Of("federations/{federation}/allocations/{year:int}");

    public static readonly ResourcePattern Budget = ResourcePattern.Of("federations/{federation}/budgets/{year:int}");
}
