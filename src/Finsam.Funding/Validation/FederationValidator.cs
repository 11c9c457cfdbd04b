using Finsam.Contracts.Funding.V1;
using Finsam.ServiceKit.Grpc;
using Finsam.ServiceKit.Resources;

namespace Finsam.Funding.Validation;

// What makes a federation and its members acceptable, checked as a whole so that a
// caller learns every problem at once.
public static class FederationValidator
{
    public const int BasisPointsInWhole = 10_000;
    private const int MaxDisplayNameLength = 200;

    public static void Validate(Federation federation, string prefix, FieldViolations violations)
    {
        ValidateDisplayName(federation.DisplayName, $"{prefix}.display_name", violations);
        violations.AddWhen(federation.OrganisationNumber.Length > 0 && Domain.OrganisationNumber.Normalized(federation.OrganisationNumber) is null,
            $"{prefix}.organisation_number", ViolationReason.InvalidValue, "Ten digits as \"222000-1234\", the last a check digit (the Luhn algorithm).");
        violations.AddWhen(!Enum.IsDefined(federation.MunicipalShareBasis), $"{prefix}.municipal_share_basis", ViolationReason.InvalidValue, "Unknown share basis.");
        violations.AddWhen(!Enum.IsDefined(federation.RegionalShareBasis), $"{prefix}.regional_share_basis", ViolationReason.InvalidValue, "Unknown share basis.");

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < federation.Members.Count; i++)
        {
            var member = federation.Members[i];
            var at = $"{prefix}.members[{i}]";

            if (!ResourceId.IsValid(member.MemberId))
            {
                ResourceId.Validate(member.MemberId, $"{at}.member_id", violations);
            }
            else if (!seen.Add(member.MemberId))
            {
                violations.Add($"{at}.member_id", ViolationReason.Duplicate, $"'{member.MemberId}' is used by another member.");
            }

            if (member.Kind == MemberKind.Unspecified || !Enum.IsDefined(member.Kind))
            {
                violations.Add($"{at}.kind", ViolationReason.Required, "Give the kind: MEMBER_KIND_FORSAKRINGSKASSAN, MEMBER_KIND_ARBETSFORMEDLINGEN, MEMBER_KIND_REGION, MEMBER_KIND_MUNICIPALITY or MEMBER_KIND_REGION_AND_MUNICIPALITY.");
            }
            ValidateDisplayName(member.DisplayName, $"{at}.display_name", violations);
            violations.AddWhen(member.Population < 0, $"{at}.population", ViolationReason.OutOfRange, "A population cannot be negative.");
            violations.AddWhen(member.AgreedShareBasisPoints is < 0 or > BasisPointsInWhole,
                $"{at}.agreed_share_basis_points", ViolationReason.OutOfRange, "A share is between 0 and 10 000 basis points.");
        }

        foreach (var kind in new[] { MemberKind.Forsakringskassan, MemberKind.Arbetsformedlingen })
        {
            if (federation.Members.Count(m => m.Kind == kind) > 1)
            {
                violations.Add($"{prefix}.members", ViolationReason.TooMany, $"A federation has at most one {kind} member.");
            }
        }

        // A member that is both region and municipality (Region Gotland) is in both parties,
        // with the same population and agreed share in each.
        ValidateParty(federation, "regions'", kind => kind is MemberKind.Region or MemberKind.RegionAndMunicipality,
            federation.RegionalShareBasis, prefix, violations);
        ValidateParty(federation, "municipalities'", kind => kind is MemberKind.Municipality or MemberKind.RegionAndMunicipality,
            federation.MunicipalShareBasis, prefix, violations);
    }

    // Several regions or municipalities share their quarter: the basis must be usable.
    private static void ValidateParty(
        Federation federation, string whose, Func<MemberKind, bool> inParty, ShareBasis basis, string prefix, FieldViolations violations)
    {
        var party = federation.Members
            .Select((member, index) => (member, index))
            .Where(x => inParty(x.member.Kind))
            .ToList();
        if (party.Count < 2)
        {
            return;
        }

        if (basis == ShareBasis.AgreedShares)
        {
            foreach (var (member, index) in party.Where(x => x.member.AgreedShareBasisPoints == 0))
            {
                violations.Add($"{prefix}.members[{index}].agreed_share_basis_points", ViolationReason.OutOfRange, "Each member that shares the quarter needs a share above zero.");
            }
            var sum = party.Sum(x => (long)x.member.AgreedShareBasisPoints);
            if (sum != BasisPointsInWhole)
            {
                violations.Add($"{prefix}.members", ViolationReason.InvalidValue,
                    $"The {whose} agreed shares add up to {sum} basis points, not 10 000.");
            }
        }
        else
        {
            foreach (var (member, index) in party.Where(x => x.member.Population == 0))
            {
                violations.Add($"{prefix}.members[{index}].population", ViolationReason.OutOfRange, "Each member that shares the quarter by population needs a population above zero.");
            }
        }
    }

    private static void ValidateDisplayName(string value, string field, FieldViolations violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(field, ViolationReason.Required, "Required.");
        }
        else if (value.Length > MaxDisplayNameLength)
        {
            violations.Add(field, ViolationReason.TooLong, $"At most {MaxDisplayNameLength} characters.");
        }
    }
}
