using Finsam.Budget.Dependencies;
using Google.Protobuf;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Reuse;

// Everything a computed report is made of, as a key: the budget as stored (name, version,
// status and every entered figure), the board's goals, whether it counts with what it was
// adopted on, and the versions of funding's and grants' data it was computed with. Equal
// inputs give an equal report; any change to any of them is another key.
public sealed record ReportInputs(ByteString Budget, ByteString Goals, bool FromAdoptedInputs, string IncomeVersion, string CostsVersion)
{
    // Null where a dependency gave no version: such a report cannot be checked later, so it
    // is not reused.
    public static ReportInputs? Of(Contract.Budget budget, Contract.FinancialGoals goals, bool fromAdoptedInputs, ExternalFigures current) =>
        current.Income.Version.Length == 0 || current.EffortCosts.Version.Length == 0
            ? null
            : new ReportInputs(budget.ToByteString(), goals.ToByteString(), fromAdoptedInputs, current.Income.Version, current.EffortCosts.Version);
}
