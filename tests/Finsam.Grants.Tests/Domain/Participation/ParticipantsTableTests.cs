using System.Text;
using Finsam.Grants.Domain.Participation;

namespace Finsam.Grants.Tests.Domain.Participation;

public sealed class ParticipantsTableTests
{
    private static ParticipantsTable.Result Read(string text) => ParticipantsTable.Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_row_per_effort_with_its_counts_by_the_header_s_names_in_any_order()
    {
        var result = Read("Män;Insats;Startade;Kvinnor;16-29;Arbetssökande;Avslutade\r\n20;psykolog;22;2;12;4;13\r\n\r\n;katalogen;5;;;;\r\n");

        Assert.True(result.Succeeded);
        var psykolog = result.Rows[0].Counts;
        Assert.Equal(("psykolog", 22, 13, 2, 20, 12, 4), (result.Rows[0].EffortId, psykolog.Started, psykolog.Ended, psykolog.ByGender[Gender.Woman], psykolog.ByGender[Gender.Man], psykolog.ByAge[AgeBand.From16To29], psykolog.ByOutcome[Outcome.JobSeeking]));
        Assert.Equal(("katalogen", 4, 5), (result.Rows[1].EffortId, result.Rows[1].Line, result.Rows[1].Counts.Started));
    }

    [Fact]
    public void Every_bad_row_is_named_by_its_line_and_then_no_row_is_given()
    {
        var result = Read("Insats,Startade,Kvinnor,Män,Arbete,Avslutade\n"
            + "a,10,6,6,0,0\n"
            + "b,10,,,3,2\n"
            + ",1,,,,\n"
            + "a,1,,,,\n"
            + "c,tio,,,,\n"
            + "d,-1,,,,\n");

        Assert.Empty(result.Rows);
        Assert.Equal(
            [
                "Rad 2: de som startade räknas efter kön till fler än som startade",
                "Rad 3: de som avslutade räknas till fler än som avslutade",
                "Rad 4: insatsen saknas",
                "Rad 5: insatsen a står redan på rad 2",
                "Rad 6: ”tio” under startade är inget antal personer",
                "Rad 7: ”-1” under startade är inget antal personer",
            ],
            result.Problems);
    }

    [Theory]
    [InlineData("Startade;Kvinnor\n1;1\n", "Rad 1: kolumnen Insats saknas")]
    [InlineData("Insats;Kvinnor\na;1\n", "Rad 1: kolumnen Startade saknas")]
    [InlineData("Insats;Startade;Startade\na;1;1\n", "Rad 1: kolumnen Startade står två gånger")]
    [InlineData("", "Filen är tom: den ska ha en rubrikrad och en rad per insats.")]
    public void A_table_without_the_columns_it_needs_is_one_problem(string text, string problem)
    {
        Assert.Equal([problem], Read(text).Problems);
    }

    [Fact]
    public void More_than_a_hundred_bad_rows_give_a_hundred_problems()
    {
        var text = "Insats;Startade\n" + string.Concat(Enumerable.Range(0, 150).Select(i => $"e{i};x\n"));

        Assert.Equal(ParticipantsTable.MaxProblems, Read(text).Problems.Count);
    }
}
