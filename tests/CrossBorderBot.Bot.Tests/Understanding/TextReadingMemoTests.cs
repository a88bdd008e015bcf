using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>
/// <see cref="TextReadingMemo{TKey,TValue}"/> keeps readings that depend on the text alone: a text read again (even as
/// another string object) gets the kept reading, another key or another text is read afresh, a long text is never kept,
/// and a full memo empties and keeps answering with what the reader gives.
/// </summary>
public sealed class TextReadingMemoTests
{
    [Fact]
    public void The_same_text_and_key_are_read_once_and_other_keys_or_texts_again()
    {
        var memo = new TextReadingMemo<bool, string>(maxTextLength: 20);
        var reads = 0;
        string Read(string? text, bool upper) { reads++; return upper ? text!.ToUpperInvariant() : text!; }

        Assert.Equal("YES", memo.Get("yes", true, Read));
        Assert.Equal("YES", memo.Get(new string("yes".AsSpan()), true, Read));
        Assert.Equal(1, reads);

        Assert.Equal("yes", memo.Get("yes", false, Read));
        Assert.Equal("NO", memo.Get("no", true, Read));
        Assert.Equal(3, reads);
    }

    [Fact]
    public void A_text_longer_than_the_limit_or_null_is_read_every_time()
    {
        var memo = new TextReadingMemo<bool, int>(maxTextLength: 5);
        var reads = 0;
        int Read(string? text, bool _) { reads++; return text?.Length ?? -1; }

        Assert.Equal(11, memo.Get("hello there", true, Read));
        Assert.Equal(11, memo.Get("hello there", true, Read));
        Assert.Equal(-1, memo.Get(null, true, Read));
        Assert.Equal(-1, memo.Get(null, true, Read));
        Assert.Equal(4, reads);
    }

    [Fact]
    public void A_full_memo_empties_and_still_gives_each_texts_reading()
    {
        var memo = new TextReadingMemo<int, string>(maxTextLength: 10, capacity: 4);
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 10; i++)
            {
                Assert.Equal($"t{i}!", memo.Get($"t{i}", 0, (text, _) => text + "!"));
            }
        }
    }
}
