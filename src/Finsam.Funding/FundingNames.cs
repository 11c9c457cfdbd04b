using Finsam.ServiceKit.Resources;

namespace Finsam.Funding;

// Every resource name funding reads or writes, declared once: requests are parsed with these
// and answers and audit records named with them.
public static class FundingNames
{
    public static readonly ResourcePattern Federation = ResourcePattern.Of("federations/{federation}");

    public static readonly ResourcePattern Allocation = ResourcePattern.Of("federations/{federation}/allocations/{year:int}");

    public static readonly ResourcePattern Announcement = ResourcePattern.Of("federations/{federation}/allocations/{year:int}/announcements/{sequence:int}");

    public static readonly ResourcePattern Commitment = ResourcePattern.Of("federations/{federation}/allocations/{year:int}/commitments/{member}");

    public static readonly ResourcePattern Contributions = ResourcePattern.Of("federations/{federation}/contributions/{year:int}");

    public static readonly ResourcePattern OtherIncome = ResourcePattern.Of("federations/{federation}/otherIncome/{otherIncome}");

    public static readonly ResourcePattern InstalmentPlan = ResourcePattern.Of("federations/{federation}/instalmentPlans/{year:int}");

    public static readonly ResourcePattern Invoice = ResourcePattern.Of("federations/{federation}/invoices/{invoice}");

    public static readonly ResourcePattern Payment = ResourcePattern.Of("federations/{federation}/invoices/{invoice}/payments/{payment}");

    public static readonly ResourcePattern Outstanding = ResourcePattern.Of("federations/{federation}/outstanding/{year:int}");
}
