namespace CrossBorderBot.Channels.Terminal;

/// <param name="ConversationId">The same id resumes the same conversation after a restart (state is in storage).</param>
/// <param name="UserId">Identifies the terminal user in user state.</param>
/// <param name="Locale">The locale the bot answers in until the user writes in another language.</param>
/// <param name="Interactive">True when a person types: show a prompt; false for piped input: echo each line.</param>
public sealed record TerminalChatOptions(string ConversationId, string UserId, string Locale, bool Interactive);
