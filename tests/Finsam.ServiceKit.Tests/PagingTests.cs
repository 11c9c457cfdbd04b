using Finsam.ServiceKit.Grpc;

namespace Finsam.ServiceKit.Tests;

public sealed class PagingTests
{
    [Theory]
    [InlineData("sundsvall")]
    [InlineData("42")]
    [InlineData("Övriga intäkter/2022")]
    public void A_token_from_a_previous_answer_decodes_to_its_key(string key)
    {
        var violations = new FieldViolations();

        Assert.Equal(key, Paging.Decode(Paging.Encode(key), violations));
        Assert.False(violations.Any);
    }

    [Theory]
    [InlineData("AA")]      // a NUL, which PostgreSQL refuses in text
    [InlineData("AAAA")]
    [InlineData("_w")]      // 0xFF: not UTF-8
    [InlineData("!!")]      // not base64
    [InlineData("A")]       // no whole byte
    [InlineData("c3VuZHN2YWxs==")] // padded: not how a token is written
    public void Garbage_is_a_violation_of_page_token_not_a_key(string token)
    {
        var violations = new FieldViolations();

        Assert.Null(Paging.Decode(token, violations));
        var violation = Assert.Single(violations.Items);
        Assert.Equal("page_token", violation.Field);
        Assert.Equal("INVALID_FORMAT", violation.Reason);
    }
}
