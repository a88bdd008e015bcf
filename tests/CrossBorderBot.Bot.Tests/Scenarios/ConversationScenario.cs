using CrossBorderBot.Language;
namespace CrossBorderBot.Tests.Scenarios;

/// <summary>A multi-turn conversation with the real bot, turn by turn, in one language on one channel.</summary>
/// <param name="Name">Unique; the test case's name.</param>
/// <param name="Locale">The client's locale ("en-US" or "zh-CN").</param>
/// <param name="Turns">What the user says, in order, with what each reply must show.</param>
/// <param name="ChannelId">The channel the conversation runs on (cards on "test", text on "console").</param>
public sealed record ConversationScenario(string Name, string Locale, IReadOnlyList<ScenarioTurn> Turns, string ChannelId = "test")
{
    public bool IsChinese => CrossBorderBot.Language.LocaleLanguage.IsChinese(Locale);

    public override string ToString() => Name;
}
