using System.Text;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// A state write made with room for its ETag becomes its stored document in place: the same bytes as appending the ETag
/// to a copy of the body, for an empty object, a small one and a large one; its body reads the same afterwards; a second
/// document asked of it is a new array and leaves the first as it was; a body not in the compact form is copied.
/// </summary>
public sealed class ETagInPlaceTests
{
    public static TheoryData<string> Bodies =>
    [
        "{}",
        """{"a":1}""",
        """{"$type":"System.Collections.Generic.Dictionary`2[[System.String],[System.Object]]","x":{"y":[1,2,3]},"z":"end"}""",
        "{\"big\":\"" + new string('p', 100_000) + "\"}",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TheDocumentWrittenInPlaceIsTheBodyWithItsETagAppended(string body)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        var write = BotStateWrite.WithRoomForETag("c/1", utf8, expectedETag: null, PendingStateWrite.ETagLength);
        var pending = PendingStateWrite.ForStateBodies([write], out var eTags);

        Assert.Equal(BotStateJson.AppendETag(utf8, eTags[0]), pending[0].Document);
        Assert.Same(pending[0].Document, write.DocumentWrittenWith(eTags[0]));
        Assert.Equal(utf8, write.Utf8Body.ToArray());
        Assert.Equal(body, write.Body);
    }

    [Fact]
    public void ASecondDocumentIsNewAndLeavesTheFirstAsItWas()
    {
        var utf8 = """{"a":1}"""u8.ToArray();
        var write = BotStateWrite.WithRoomForETag("c/1", utf8, expectedETag: null, PendingStateWrite.ETagLength);
        var first = PendingStateWrite.ForStateBodies([write], out var firstTags)[0].Document!;
        var firstBytes = first.ToArray();
        var second = PendingStateWrite.ForStateBodies([write], out var secondTags)[0].Document!;

        Assert.NotSame(first, second);
        Assert.Equal(firstBytes, first);
        Assert.Equal(BotStateJson.AppendETag(utf8, secondTags[0]), second);
        Assert.Null(write.DocumentWrittenWith(secondTags[0]));
        Assert.Same(first, write.DocumentWrittenWith(firstTags[0]));
    }

    [Theory]
    [InlineData("{\"a\":1} ")]
    [InlineData("{\"a\":1 }")]
    [InlineData("{ }")]
    public void ABodyNotInTheCompactFormIsCopiedAsBefore(string body)
    {
        var utf8 = Encoding.UTF8.GetBytes(body);
        var write = BotStateWrite.WithRoomForETag("c/1", utf8, expectedETag: null, PendingStateWrite.ETagLength);
        var pending = PendingStateWrite.ForStateBodies([write], out var eTags);

        Assert.Equal(BotStateJson.AppendETag(utf8, eTags[0]), pending[0].Document);
        Assert.Null(write.DocumentWrittenWith(eTags[0]));
        Assert.Equal(body, write.Body);
    }

    [Fact]
    public void AnETagOfAnotherLengthIsAppendedToACopy()
    {
        var utf8 = """{"a":1}"""u8.ToArray();
        var write = BotStateWrite.WithRoomForETag("c/1", utf8, expectedETag: null, PendingStateWrite.ETagLength);

        Assert.Equal("""{"a":1,"eTag":"short"}"""u8.ToArray(), write.DocumentWithETag("short"));
        Assert.Null(write.DocumentWrittenWith("short"));
        Assert.Equal(utf8, write.Utf8Body.ToArray());
    }
}
