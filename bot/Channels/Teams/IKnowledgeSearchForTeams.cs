namespace CrossBorderBot.Channels.Teams;

/// <summary>What the message extension needs from the knowledge base: one page of matching entries.</summary>
public interface IKnowledgeSearchForTeams
{
    /// <summary>
    /// Entries matching <paramref name="query"/>, best first, from position <paramref name="skip"/>, at most
    /// <paramref name="count"/>. An empty query gives a default list of useful entries (the issue playbooks first).
    /// <paramref name="language"/> ("en" or "zh-CN") is the user's language, used for the default list; a query is
    /// searched and answered in its own language.
    /// </summary>
    Task<IReadOnlyList<TeamsSearchResult>> SearchAsync(string? query, BotLanguage language, int skip, int count, CancellationToken cancellationToken);
}
