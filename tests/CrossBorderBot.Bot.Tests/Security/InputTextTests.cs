using CrossBorderBot.Safety;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// Invisible characters are taken out of what users type before anything reads it: controls, the bidirectional
/// overrides that would turn an echoed line of the bot's reply around, and the zero-width breakers that split a word.
/// Found on the running bot: "\u202e hello" got "I don't know" instead of the menu.
/// </summary>
public sealed class InputTextTests
{
    [Theory]
    [InlineData("he\u0001llo", "hello")]
    [InlineData("\u202Ehello", "hello")]
    [InlineData("ship to \u2066germany\u2069", "ship to germany")]
    [InlineData("ger\u200Bmany", "germany")]
    [InlineData("\uFEFFhi", "hi")]
    [InlineData("cafe\u2060 menu", "cafe menu")]
    public void Invisible_characters_are_removed(string typed, string clean) => Assert.Equal(clean, InputText.Clean(typed));

    [Theory]
    [InlineData("👨‍👩‍👧 family pack")]
    [InlineData("tabs\tand\nlines")]
    [InlineData("发到德国 😀")]
    public void Visible_text_and_emoji_sequences_are_kept_as_they_are(string typed) => Assert.Same(typed, InputText.Clean(typed));

    [Fact]
    public async Task A_greeting_wrapped_in_a_direction_override_gets_the_menu()
    {
        using var factory = new BotWebApplicationFactory();
        var replies = await BotActivityPayloads.PostForRepliesAsync(factory.CreateClient(), BotActivityPayloads.Message("\u202E hello \u200B", "c-invisible"));

        Assert.Contains(replies, reply => reply!["text"]?.GetValue<string>() is { } text && text.Contains("What would you like to do", StringComparison.Ordinal));
    }
}
