using System.Security.Cryptography;
using Finsam.Budget.Dependencies;
using Google.Protobuf;
using Contract = Finsam.Contracts.Budget.V1;

namespace Finsam.Budget.Reuse;

// What an adopted version's report is computed with besides the version itself (which never
// changes): the board's goals as they are now, and the versions of funding's and grants'
// data (the changes since adoption are today's figures against the adopted ones). A stored
// report is served only under an equal key.
public static class AdoptedReportKey
{
    // Null where a dependency gave no version: such a report could not be checked later.
    public static string? Of(Contract.FinancialGoals goals, ExternalFigures current) =>
        current.Income.Version.Length == 0 || current.EffortCosts.Version.Length == 0
            ? null
            : $"{Convert.ToHexStringLower(SHA256.HashData(goals.ToByteArray()))}/{current.Income.Version}/{current.EffortCosts.Version}";
}
