namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>What the bot says about a click on an older question card, in English and Simplified Chinese.</summary>
public sealed record QuestionCardText(string CardExpired)
{
    public static readonly QuestionCardText English = new(
        CardExpired: "That card belongs to an earlier question, so I did not take it as an answer. Here is the question I am waiting for:");

    public static readonly QuestionCardText Chinese = new(
        CardExpired: "这张卡片属于之前的问题，所以我没有把它当作回答。我现在等待的问题是：");

    public static QuestionCardText For(BotLanguage language) => BilingualText.Pick(language, English, Chinese);
}
