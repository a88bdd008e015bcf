using System.Text;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// The ETags the stores give what they write: each one new (a tag from before a delete must never match a later item)
/// and in the form stored documents have always carried, 32 lower-case hex digits.
/// </summary>
public sealed class PendingStateWriteETagTests
{
    [Fact]
    public void EveryStateBodyWrittenGetsANewTagInTheStoredForm()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 500; round++)
        {
            PendingStateWrite.ForStateBodies([new BotStateWrite("c/1", """{"a":1}""", null), new BotStateWrite("u/1", "{}", null)], out var eTags);
            foreach (var eTag in eTags)
            {
                Assert.Matches("^[0-9a-f]{32}$", eTag);
                Assert.True(seen.Add(eTag), $"ETag {eTag} was given twice.");
            }
        }
    }

    [Fact]
    public void TheTagIsTheOneAppendedToTheDocument()
    {
        var pending = PendingStateWrite.ForStateBodies([new BotStateWrite("c/1", """{"a":1}""", "*")], out var eTags);

        Assert.Equal(eTags[0], pending[0].NewETag);
        Assert.Equal($$"""{"a":1,"eTag":"{{eTags[0]}}"}""", Encoding.UTF8.GetString(pending[0].Document!));
    }
}
