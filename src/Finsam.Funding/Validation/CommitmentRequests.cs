using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;
using static Finsam.Funding.Domain.Parties;
using Domain = Finsam.Funding.Domain;

namespace Finsam.Funding.Validation;

public sealed record CommitmentSetting(int Year, string MemberId, long CommittedOre);

// What a region or municipality commits to pay for a year.
public static class CommitmentRequests
{
    public static CommitmentSetting Validate(SetCommitmentRequest request)
    {
        FieldViolations.ThrowWhen(request.Commitment is null, "commitment", ViolationReason.Required, "Required.");
        var violations = new FieldViolations();
        var name = FundingNames.Commitment.Parse(request.Commitment!.Name, "commitment.name", violations);
        Amounts.Validate(request.Commitment.CommittedOre, "commitment.committed_ore", violations);
        violations.ThrowIfAny();
        return new CommitmentSetting(name!.Year, name["member"], request.Commitment.CommittedOre);
    }

    // Only regions and municipalities (and a member that is both) match the state: they are
    // the ones who commit.
    public static void ValidateMember(string memberId, IReadOnlyList<Domain.FederationMember> members) =>
        FieldViolations.ThrowWhen(
            members.SingleOrDefault(m => m.MemberId == memberId) is not { } member || !member.Kind.MatchesTheState(),
            "commitment.name", ViolationReason.InvalidValue, $"'{memberId}' is not a region or municipality of the federation.");
}
