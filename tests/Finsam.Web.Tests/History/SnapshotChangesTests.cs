using Finsam.Web.History;

namespace Finsam.Web.Tests.History;

public sealed class SnapshotChangesTests
{
    [Fact]
    public void An_update_shows_only_the_fields_it_changed_with_before_and_after()
    {
        const string before = """{"name":"federations/sundsvall","displayName":"Sundsvall","members":[{"memberId":"sundsvall","population":"98000"},{"memberId":"timra","population":"18000"}]}""";
        const string after = """{"name":"federations/sundsvall","displayName":"Sundsvall","members":[{"memberId":"sundsvall","population":"99500"},{"memberId":"timra","population":"18000"}]}""";

        Assert.Equal([new FieldChange("members[0].population", "98000", "99500")], SnapshotChanges.Between(before, after));
    }

    [Fact]
    public void Amounts_in_ore_are_shown_in_kronor()
    {
        const string before = """{"openingEquityOre":"184450000","costLines":[{"year":2027,"amountOre":"12500000"}]}""";
        const string after = """{"openingEquityOre":"184450050","costLines":[{"year":2027,"amountOre":12600000}]}""";

        Assert.Equal(
            [("openingEquityOre", "1 844 500 kr", "1 844 500,50 kr"), ("costLines[0].amountOre", "125 000 kr", "126 000 kr")],
            SnapshotChanges.Between(before, after).Select(change => (change.Field, Plain(change.Before), Plain(change.After))));
    }

    [Fact]
    public void A_creation_has_every_field_after_and_nothing_before()
    {
        var changes = SnapshotChanges.Between("", """{"displayName":"Jobbspåret","public":true,"costLines":[{"year":2027}]}""");

        Assert.Equal(
            [new FieldChange("displayName", "", "Jobbspåret"), new FieldChange("public", "", "ja"), new FieldChange("costLines[0].year", "", "2027")],
            changes);
    }

    [Fact]
    public void A_deletion_has_every_field_before_and_nothing_after()
    {
        Assert.Equal([new FieldChange("displayName", "Jobbspåret", "")], SnapshotChanges.Between("""{"displayName":"Jobbspåret"}""", ""));
    }

    [Fact]
    public void A_field_set_to_its_default_is_left_out_of_the_snapshot_and_shown_as_emptied()
    {
        // proto3 JSON leaves out a zero, an empty text and false.
        var changes = SnapshotChanges.Between("""{"status":"EFFORT_STATUS_DRAFT","public":true,"members":[{"memberId":"a"},{"memberId":"b"}]}""", """{"status":"EFFORT_STATUS_APPLIED","members":[{"memberId":"a"}]}""");

        Assert.Equal(
            [new FieldChange("status", "EFFORT_STATUS_DRAFT", "EFFORT_STATUS_APPLIED"), new FieldChange("public", "ja", ""), new FieldChange("members[1].memberId", "b", "")],
            changes);
    }

    [Fact]
    public void The_name_and_time_stamps_the_record_itself_shows_are_left_out()
    {
        var changes = SnapshotChanges.Between(
            """{"name":"federations/sundsvall/efforts/e","createTime":"2026-11-30T09:00:00Z","updateTime":"2026-11-30T09:00:00Z","displayName":"E"}""",
            """{"name":"federations/sundsvall/efforts/e","createTime":"2026-11-30T09:00:00Z","updateTime":"2026-11-30T10:00:00Z","displayName":"F"}""");

        Assert.Equal([new FieldChange("displayName", "E", "F")], changes);
    }

    [Fact]
    public void Nothing_changed_is_no_rows()
    {
        Assert.Empty(SnapshotChanges.Between("""{"a":1}""", """{"a":1}"""));
        Assert.Empty(SnapshotChanges.Between("", ""));
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ');
}
