using CrossBorderBot.Dialogs.Slots;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// "英语都还行", "our english is ok", "两个会英语的业务员": a team that gets by in English (and says nothing of the local
/// language) answers the language question with "English only", at the question and anywhere in a message.
/// </summary>
public sealed class EnglishOnlyTeamTests
{
    private const string Language = "readiness.team-foreign-language";

    [Theory]
    [InlineData("英语都还行")]
    [InlineData("英文基本没问题")]
    [InlineData("our english is ok")]
    [InlineData("we speak decent english")]
    public void Getting_by_in_english_is_english_only_at_the_question(string text) =>
        Assert.Equal("english-only", SlotVocabulary.Default.ReadAnswer(Language, text)?.Value);

    [Theory]
    [InlineData("有两个会英语的业务员")]
    [InlineData("3 people, they speak english")]
    public void Getting_by_in_english_is_english_only_anywhere(string text) =>
        Assert.Equal("english-only", SlotVocabulary.Default.ReadAnywhere(Language, text)?.Value);

    [Fact]
    public void The_local_language_is_still_fluent() =>
        Assert.Equal("fluent", SlotVocabulary.Default.ReadAnswer(Language, "小语种也会，德语法语都可以")?.Value);
}
