using CrossBorderBot.Alerts;
using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Charts;

/// <summary>
/// What follows a guide's result: its charts (drawn, stored, linked by a signed expiring address scoped to the
/// conversation) and, when the result concerns a market, a button to be alerted when that market's rules change.
/// Sent as one extra reply; a chart that cannot be drawn is left out, and nothing here can break the turn.
/// </summary>
public sealed partial class ResultAddOnService(
    ChartRenderer renderer,
    ChartStore store,
    ChartSigningKey signingKey,
    AlertMarkets markets,
    KnowledgeBase knowledgeBase,
    TimeProvider time,
    IOptions<ChartOptions> options,
    ILogger<ResultAddOnService> logger) : IResultFollowUps
{
    public async Task AfterResultAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, string? location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            var language = TurnLanguage.Of(turnContext);
            var blocks = new List<ReplyBlock>();
            blocks.AddRange(await ChartsAsync(turnContext, replies, language, cancellationToken));
            if (location is not null && AlertOffer(turnContext, markets.For([location]), language) is { } offer)
            {
                blocks.Add(offer);
            }

            if (blocks.Count > 0)
            {
                await turnContext.SendReplyAsync(new Reply(blocks), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogAddOnsFailed(logger, exception, turnContext.Activity.Conversation?.Id ?? string.Empty);
        }
    }

    /// <summary>
    /// With an answer about a market's rules (a compliance entry, a market, an import rule): the alert button, which the
    /// answerer shows in the answer's own message.
    /// </summary>
    public IReadOnlyList<ReplyBlock> ForAnswer(ITurnContext turnContext, KnowledgeAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            var top = answer.Entries.FirstOrDefault();
            IReadOnlyList<string> about = top?.Type switch
            {
                SearchEntryType.Compliance => knowledgeBase.FindCompliance(top.Id)?.Markets ?? [],
                SearchEntryType.Market => [top.Id],
                SearchEntryType.ImportRule => [.. knowledgeBase.Markets.Where(m => m.ImportRules.Any(r => r.Id == top.Id)).Select(m => m.Id)],
                _ => [],
            };
            return AlertOffer(turnContext, [.. about.Where(markets.IsMarket)], BotLanguage.Of(answer.Language)) is { } offer ? [offer] : [];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer goes out without the offer.
            LogAddOnsFailed(logger, exception, turnContext.Activity.Conversation?.Id ?? string.Empty);
            return [];
        }
    }

    private async Task<List<ReplyBlock>> ChartsAsync(ITurnContext turnContext, IReadOnlyList<Reply> replies, BotLanguage language, CancellationToken cancellationToken)
    {
        var images = new List<ReplyBlock>();
        var activity = turnContext.Activity;
        var settings = options.Value;
        if (!settings.Enabled
            || ReplyChannels.RenderingFor(activity.ChannelId) == ReplyRendering.Markdown
            || string.Equals(activity.ChannelId, ReplyChannels.Terminal, StringComparison.OrdinalIgnoreCase)
            || BaseUrl(turnContext, settings) is not { } baseUrl
            || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return images;
        }

        var conversationHash = ChartLinks.ConversationHash(conversationId);
        var expiresAt = time.GetUtcNow() + settings.LinkLifetime;
        foreach (var spec in ResultChartReader.Read(replies, language))
        {
            byte[]? png;
            try
            {
                png = renderer.Render(spec, settings.Width, settings.Height);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A chart that cannot be drawn is left out; the table it illustrates is already in the reply.
                LogChartFailed(logger, exception, spec.Kind);
                continue;
            }

            if (png is null)
            {
                continue;
            }

            var chartId = ChartLinks.NewChartId();
            await store.SaveAsync(chartId, conversationHash, png, expiresAt, cancellationToken);
            var key = await signingKey.GetAsync(cancellationToken);
            images.Add(new ImageBlock(baseUrl + ChartLinks.PathFor(key, chartId, conversationHash, expiresAt), spec.AltText, spec.Title));
        }

        return images;
    }

    /// <summary>The address clients fetch charts from: the configured public one, else (web chat only) the one the page talks to.</summary>
    private static string? BaseUrl(ITurnContext turnContext, ChartOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.PublicBaseUrl))
        {
            return settings.PublicBaseUrl.TrimEnd('/');
        }

        return AlertCommandHandler.DoorOf(turnContext) == AlertDoor.DirectLine
            && Uri.TryCreate(turnContext.Activity.ServiceUrl, UriKind.Absolute, out var own)
            && (own.Scheme == Uri.UriSchemeHttps || own.Scheme == Uri.UriSchemeHttp)
            ? own.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;
    }

    private ActionButtonsBlock? AlertOffer(ITurnContext turnContext, IReadOnlyList<string> marketIds, BotLanguage language)
    {
        if (marketIds.Count == 0 || AlertCommandHandler.DoorOf(turnContext) is null)
        {
            return null;
        }

        var text = AlertText.For(language);
        return new ActionButtonsBlock([AlertVerbs.SubscribeButton(BilingualText.Fill(text.OfferButton, markets.Name(marketIds[0], language)), marketIds, language)]);
    }

    [LoggerMessage(EventId = LogEventIds.ChartsAddOnsFailed, Level = LogLevel.Warning, Message = "Charts or the alert offer after a result could not be sent in conversation {ConversationId}")]
    private static partial void LogAddOnsFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = LogEventIds.ChartsDrawFailed, Level = LogLevel.Warning, Message = "A {Kind} chart could not be drawn; the result is shown without it")]
    private static partial void LogChartFailed(ILogger logger, Exception exception, ChartKind kind);
}
