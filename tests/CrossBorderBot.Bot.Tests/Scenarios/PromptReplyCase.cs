namespace CrossBorderBot.Tests.Scenarios;

/// <summary>A natural reply to one guide prompt: the messages that reach the prompt, the prompt expected, and the reply.</summary>
/// <param name="Locale">The client's locale.</param>
/// <param name="Setup">What the user says to reach the prompt (the last reply must show <paramref name="Prompt"/>).</param>
/// <param name="Prompt">A pattern of the prompt the reply answers.</param>
/// <param name="Reply">The natural reply the bot should take.</param>
public sealed record PromptReplyCase(string Locale, IReadOnlyList<string> Setup, string Prompt, string Reply)
{
    public override string ToString() => $"{Reply} (at /{Prompt}/)";
}
