using Finsam.Hosting.Kubernetes.Model;

namespace Finsam.Hosting.Tests.Kubernetes;

public sealed class CompositeFormatTests
{
    [Fact]
    public void Text_and_placeholders_come_in_order_with_doubled_braces_as_text()
    {
        var segments = CompositeFormat.Segments("Host={0};Port={1};Options={{x}}");

        Assert.Equal(
            [new("Host=", null), new("", 0), new(";Port=", null), new("", 1), new(";Options={x}", null)],
            segments);
    }

    [Theory]
    [InlineData("{0:uri}")]
    [InlineData("{0,5}")]
    [InlineData("{x}")]
    [InlineData("a}b")]
    public void A_placeholder_that_formats_its_value_is_refused(string format) =>
        Assert.Throws<FormatException>(() => CompositeFormat.Segments(format));
}
