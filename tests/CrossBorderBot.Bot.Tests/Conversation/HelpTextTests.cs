using CrossBorderBot.Replies;
using System.Text.RegularExpressions;
using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Conversation;

/// <summary>
/// The help says what the bot does: it names every guide of the menu, and the questions it gives as examples are ones
/// the bot really answers, in the help's own language.
/// </summary>
public sealed partial class HelpTextTests
{
    public static TheoryData<string> Locales => new() { "en-US", "zh-CN" };

    [Theory]
    [MemberData(nameof(Locales))]
    public void The_help_names_every_guide_of_the_menu(string locale)
    {
        var text = BotText.For(CrossBorderBot.Language.BotLanguage.Of(locale));
        Assert.All(new[] { text.MenuReadiness, text.MenuPlatform, text.MenuLogistics, text.MenuFixIssue }, item => Assert.Contains(item, text.Help));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task The_example_questions_of_the_help_are_answered(string locale)
    {
        var examples = QuotedQuestion().Matches(BotText.For(CrossBorderBot.Language.BotLanguage.Of(locale)).Help).Select(m => m.Groups["q"].Value).ToList();
        Assert.NotEmpty(examples);
        foreach (var example in examples)
        {
            using var user = new GuideSession(locale);
            var turn = await user.SayAsync(example);
            Assert.DoesNotMatch("I don't know that yet|这个问题我还不知道答案|didn't understand|没有理解", turn.Text);
        }
    }

    // A question quoted in the help: "…?" or “…？”.
    [GeneratedRegex("[\"“](?<q>[^\"”]+[?？])[\"”]")]
    private static partial Regex QuotedQuestion();
}
