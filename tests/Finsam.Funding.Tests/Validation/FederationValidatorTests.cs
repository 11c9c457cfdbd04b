using Finsam.Contracts.Funding.V1;
using Finsam.Funding.Validation;
using Finsam.ServiceKit.Grpc;

namespace Finsam.Funding.Tests.Validation;

public sealed class FederationValidatorTests
{
    private static Federation TwoMunicipalities(ShareBasis basis, int shareA, int shareB, long populationA = 10, long populationB = 10) => new()
    {
        DisplayName = "Samordningsförbundet Test",
        MunicipalShareBasis = basis,
        Members =
        {
            new Member { MemberId = "fk", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
            new Member { MemberId = "region", Kind = MemberKind.Region, DisplayName = "Region" },
            new Member { MemberId = "a", Kind = MemberKind.Municipality, DisplayName = "A", AgreedShareBasisPoints = shareA, Population = populationA },
            new Member { MemberId = "b", Kind = MemberKind.Municipality, DisplayName = "B", AgreedShareBasisPoints = shareB, Population = populationB },
        },
    };

    private static IReadOnlyList<string> FieldsOf(Federation federation)
    {
        var violations = new FieldViolations();
        FederationValidator.Validate(federation, "federation", violations);
        return violations.Items.Select(v => v.Field).ToList();
    }

    [Fact]
    public void A_complete_federation_is_valid()
    {
        Assert.Empty(FieldsOf(TwoMunicipalities(ShareBasis.AgreedShares, 6_000, 4_000)));
    }

    [Fact]
    public void Agreed_shares_that_do_not_add_up_to_the_whole_are_named()
    {
        Assert.Equal(["federation.members"], FieldsOf(TwoMunicipalities(ShareBasis.AgreedShares, 6_000, 3_000)));
    }

    [Fact]
    public void Population_split_needs_every_population()
    {
        Assert.Equal(["federation.members[3].population"], FieldsOf(TwoMunicipalities(ShareBasis.Population, 0, 0, populationB: 0)));
    }

    [Fact]
    public void Unknown_kinds_negative_populations_and_duplicate_ids_are_each_named()
    {
        var federation = TwoMunicipalities(ShareBasis.Population, 0, 0);
        federation.Members.Add(new Member { MemberId = "x", Kind = (MemberKind)42, DisplayName = "X" });
        federation.Members.Add(new Member { MemberId = "a", Kind = MemberKind.Municipality, DisplayName = "A igen", Population = -1 });

        Assert.Equal(
            ["federation.members[4].kind", "federation.members[5].member_id", "federation.members[5].population"],
            FieldsOf(federation));
    }

    private static Federation Gotland(params Member[] others)
    {
        var federation = new Federation
        {
            DisplayName = "Samordningsförbundet Gotland",
            Members =
            {
                new Member { MemberId = "fk", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" },
                new Member { MemberId = "af", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" },
                new Member { MemberId = "region-gotland", Kind = MemberKind.RegionAndMunicipality, DisplayName = "Region Gotland" },
            },
        };
        federation.Members.AddRange(others);
        return federation;
    }

    [Fact]
    public void A_member_that_is_both_region_and_municipality_is_a_kind_of_its_own()
    {
        Assert.Empty(FieldsOf(Gotland()));
    }

    [Fact]
    public void A_member_that_is_both_shares_the_municipalities_quarter_by_its_agreed_share()
    {
        var valid = Gotland(new Member { MemberId = "faro", Kind = MemberKind.Municipality, DisplayName = "Fårö kommun", AgreedShareBasisPoints = 4_000 });
        valid.MunicipalShareBasis = ShareBasis.AgreedShares;
        valid.Members[2].AgreedShareBasisPoints = 6_000;
        var missing = valid.Clone();
        missing.Members[2].AgreedShareBasisPoints = 0;

        Assert.Empty(FieldsOf(valid));
        // Without its share the municipalities' shares neither cover the whole nor name it.
        Assert.Equal(["federation.members[2].agreed_share_basis_points", "federation.members"], FieldsOf(missing));
    }

    [Fact]
    public void A_member_that_is_both_shares_the_regions_quarter_by_its_population()
    {
        var federation = Gotland(new Member { MemberId = "region-b", Kind = MemberKind.Region, DisplayName = "Region B", Population = 10 });

        Assert.Equal(["federation.members[2].population"], FieldsOf(federation));
    }

    [Fact]
    public void A_second_forsakringskassan_is_refused()
    {
        var federation = TwoMunicipalities(ShareBasis.Population, 0, 0);
        federation.Members.Add(new Member { MemberId = "fk2", Kind = MemberKind.Forsakringskassan, DisplayName = "Försäkringskassan" });
        Assert.Equal(["federation.members"], FieldsOf(federation));
    }

    [Fact]
    public void A_missing_display_name_is_named()
    {
        var federation = TwoMunicipalities(ShareBasis.Population, 0, 0);
        federation.DisplayName = " ";
        Assert.Equal(["federation.display_name"], FieldsOf(federation));
    }

    [Fact]
    public void Member_ids_follow_the_one_id_rule()
    {
        var federation = TwoMunicipalities(ShareBasis.Population, 0, 0);
        federation.Members[2].MemberId = "2-kommun";
        federation.Members[3].MemberId = new string('b', 64);
        federation.Members.Add(new Member { MemberId = "Timrå", Kind = MemberKind.Arbetsformedlingen, DisplayName = "Arbetsförmedlingen" });

        var violations = new FieldViolations();
        FederationValidator.Validate(federation, "federation", violations);

        Assert.Equal(
            [("federation.members[3].member_id", "TOO_LONG"), ("federation.members[4].member_id", "INVALID_FORMAT")],
            violations.Items.Select(v => (v.Field, v.Reason)));
    }
}
