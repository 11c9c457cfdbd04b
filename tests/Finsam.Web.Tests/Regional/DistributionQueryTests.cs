using Finsam.Web.Components.Regional;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Finsam.Web.Tests.Regional;

public sealed class DistributionQueryTests
{
    private static readonly DistributionEntry Sundsvall = new("federations/sundsvall", "Sundsvall") { Population16To64 = 61_000, SupportMeasure = 4_200, LastYearOre = 310_000_00 };
    private static readonly DistributionEntry Boden = new("federations/boden", "Boden") { Population16To64 = 17_500, SupportMeasure = 900, LastYearOre = 0 };

    [Fact]
    public void The_parameters_and_measures_come_back_from_the_address_as_they_were_given()
    {
        var given = DistributionQuery.Of(2027, 1_000_000_00, 400_000_00, 7_500, 500, [Sundsvall, Boden]);

        var read = DistributionQuery.From(Parse(given.ToQuery()));

        Assert.NotNull(read);
        Assert.Equal((2027, 1_000_000_00L, 400_000_00L, 7_500, (int?)500), (read.Year, read.NationalTotalOre, read.BaseAmountOre, read.SupportShareBasisPoints, read.MaxFallBasisPoints));
        Assert.Equal(given.Federations, read.Federations);
        Assert.Equal("sundsvall", read.Federations[0].FederationId);
    }

    [Fact]
    public void Without_a_brake_the_address_has_none_and_reads_back_without()
    {
        var read = DistributionQuery.From(Parse(DistributionQuery.Of(2027, 100, 0, 0, null, [Boden]).ToQuery()));

        Assert.NotNull(read);
        Assert.Null(read.MaxFallBasisPoints);
    }

    [Theory]
    [InlineData("ar=2027&medel=1&grund=0&andel=7500")]
    [InlineData("ar=2027&medel=x&grund=0&andel=7500&f=a:1:1:0")]
    [InlineData("ar=2027&medel=1&grund=0&andel=10001&f=a:1:1:0")]
    [InlineData("ar=2027&medel=1&grund=0&andel=7500&f=a:1:1")]
    [InlineData("ar=2027&medel=1&grund=0&andel=7500&f=A/../b:1:1:0")]
    [InlineData("ar=2027&medel=1&grund=0&andel=7500&broms=&f=a:1:1:0")]
    [InlineData("medel=1&grund=0&andel=7500&f=a:1:1:0")]
    public void An_address_the_page_could_not_have_written_is_no_table(string query)
    {
        Assert.Null(DistributionQuery.From(new QueryCollection(QueryHelpers.ParseQuery(query))));
    }

    [Fact]
    public void More_federations_than_the_limit_are_no_table()
    {
        var many = Enumerable.Range(0, DistributionQuery.MaxFederations + 1)
            .Select(i => new DistributionEntry($"federations/f{i}", $"F{i}") { Population16To64 = 1 });

        Assert.Null(DistributionQuery.From(Parse(DistributionQuery.Of(2027, 100, 0, 0, null, many).ToQuery())));
    }

    private static QueryCollection Parse(IEnumerable<KeyValuePair<string, string?>> query) =>
        new(QueryHelpers.ParseQuery(new Uri(new Uri("http://finsam.example"), QueryHelpers.AddQueryString("/", query)).Query));
}
