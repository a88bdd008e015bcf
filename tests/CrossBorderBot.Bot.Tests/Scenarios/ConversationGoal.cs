using CrossBorderBot.Language;
namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// A seller's goal typed the way people type: an opening message, and how this seller answers the questions the bot
/// may ask (question pattern → answer in their own words). The goal is met when <see cref="Success"/> shows within
/// <see cref="MaxTurns"/> turns without the bot giving up; the order of the bot's questions does not matter.
/// </summary>
public sealed record ConversationGoal(string Name, string Locale, string Opening, string Success, IReadOnlyList<(string Question, string Answer)> Answers, int MaxTurns = 12)
{
    public bool IsChinese => CrossBorderBot.Language.LocaleLanguage.IsChinese(Locale);

    public override string ToString() => Name;
}
