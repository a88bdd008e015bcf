using Microsoft.Bot.Schema.Teams;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// The search command of the app's message extension (<c>composeExtension/query</c>): the user types in the compose
/// box, picks a knowledge entry and inserts it into the conversation as a card.
/// </summary>
public sealed class TeamsKnowledgeSearchExtension(IKnowledgeSearchForTeams search)
{
    public const string CommandId = "searchKnowledge";
    public const string QueryParameter = "query";

    /// <summary>Teams asks for 25 results at a time; a larger page would only slow the compose box down.</summary>
    public const int MaxPageSize = 25;

    public async Task<MessagingExtensionResponse> QueryAsync(ITurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = TurnLanguage.Of(turnContext);
        var text = TeamsText.For(language);
        if (!string.Equals(query?.CommandId, CommandId, StringComparison.Ordinal))
        {
            return Message(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.SearchUnknownCommand, query?.CommandId));
        }

        // The first open of the search box sends "initialRun" instead of a query: show the default list then.
        var queryText = query!.Parameters?.FirstOrDefault(p => p.Name == QueryParameter)?.Value?.ToString()?.Trim();
        var skip = Math.Max(0, query.QueryOptions?.Skip ?? 0);
        var count = Math.Clamp(query.QueryOptions?.Count ?? MaxPageSize, 1, MaxPageSize);
        var results = await search.SearchAsync(queryText, language, skip, count, cancellationToken).ConfigureAwait(false);
        if (results.Count == 0 && skip == 0 && !string.IsNullOrEmpty(queryText))
        {
            return Message(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.SearchNoResults, queryText));
        }

        return new MessagingExtensionResponse
        {
            ComposeExtension = new MessagingExtensionResult
            {
                Type = "result",
                AttachmentLayout = AttachmentLayoutTypes.List,
                Attachments = [.. results.Select(result => ToAttachment(result, text))],
            },
        };
    }

    private static MessagingExtensionAttachment ToAttachment(TeamsSearchResult result, TeamsText text) => new()
    {
        ContentType = AdaptiveCardRenderer.ContentType,
        Content = TeamsCards.SearchResult(result, text),
        Preview = new ThumbnailCard { Title = result.Title, Subtitle = result.Kind, Text = result.Summary }.ToAttachment(),
    };

    private static MessagingExtensionResponse Message(string message) => new()
    {
        ComposeExtension = new MessagingExtensionResult { Type = "message", Text = message },
    };
}
