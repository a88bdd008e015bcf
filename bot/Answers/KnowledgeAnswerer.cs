using CrossBorderBot.Knowledge.Answering;
using CrossBorderBot.Knowledge.Answering.Gaps;
using CrossBorderBot.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Answers;

/// <summary>
/// Answers a free question from the knowledge base through the reply model: the fact first, then details, the rest
/// behind "More…", and only the sources the text came from with their review dates. When nothing answers, it says
/// so, offers the guides, and records the question in the knowledge-gap log (a hash; the text only when
/// <c>KnowledgeGaps:LogText</c> is true).
/// </summary>
public sealed partial class KnowledgeAnswerer
{
    /// <summary>Where unanswered questions are kept unless <c>KnowledgeGaps:Path</c> says otherwise.</summary>
    public const string DefaultGapLogPath = "./data/knowledge-gaps.jsonl";

    // Built at the first question, not with the bot: its ranker reads every entry through the search analyzers
    // (seconds of CPU with the Chinese dictionaries), which a start's first replies (guides, greetings) never need.
    private readonly Lazy<QuestionAnswerer> _answerer;
    private readonly KnowledgeGapLog _gaps;
    private readonly bool _logText;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeAnswerer> _logger;
    private readonly IStatePropertyAccessor<LastAnsweredQuestion> _lastQuestion;

    public KnowledgeAnswerer(KnowledgeBase knowledgeBase, KnowledgeSearch search, IOptions<KnowledgeGapOptions> gapOptions, BotState conversationState, ILogger<KnowledgeAnswerer> logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(gapOptions);
        ArgumentNullException.ThrowIfNull(conversationState);

        // Saved with the rest of the conversation's state at the end of the turn (the activity handler saves it).
        _lastQuestion = conversationState.CreateProperty<LastAnsweredQuestion>(nameof(LastAnsweredQuestion));
        _time = timeProvider ?? TimeProvider.System;
        var time = _time;
        _answerer = new Lazy<QuestionAnswerer>(() => new QuestionAnswerer(knowledgeBase, search, time), LazyThreadSafetyMode.ExecutionAndPublication);
        _gaps = new KnowledgeGapLog(gapOptions.Value.LogPath);
        _logText = gapOptions.Value.LogText;
        _logger = logger;
    }

    /// <summary>Builds the question answerer now if no question has yet (start-up calls this off the request path).</summary>
    public void Warm() => _ = _answerer.Value;

    /// <summary>
    /// Whether the question's answer depends on a market it does not name ("do I pay duty?", "那边要交税吗"): the
    /// answerer's own "which market?" rule, so the conversation asks back exactly when the answerer would.
    /// </summary>
    public bool NeedsAMarket(string question, BotLanguage language) => _answerer.Value.NeedsAMarket(question ?? string.Empty, language);

    /// <summary>Answers the question; false when the knowledge base holds no answer (the user was told so).</summary>
    public Task<bool> AnswerAsync(ITurnContext turnContext, string question, BotLanguage language, CancellationToken cancellationToken) =>
        AnswerAsync(turnContext, question, language, offerGuides: true, cancellationToken);

    /// <summary>Answers the question; false when the knowledge base holds no answer (the user was told so).</summary>
    /// <param name="offerGuides">False inside a guide: the honest "not yet" then offers no guide, one is running.</param>
    public async Task<bool> AnswerAsync(ITurnContext turnContext, string question, BotLanguage language, bool offerGuides, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = _answerer.Value.Answer(question ?? string.Empty, language);
        if (answer.Answered)
        {
            LogAnswered(answer.Entries[0].Id, answer.TopScore);
            await _lastQuestion.SetAsync(turnContext, new LastAnsweredQuestion { Question = answer.Analysis.Text, Language = answer.Language, Title = answer.Title }, cancellationToken);
            await SendWithFollowUpsAsync(turnContext, AnswerReply.For(answer), ResultFollowUps.ForAnswer(turnContext, answer), cancellationToken);
            return true;
        }

        // The user hears back first; the log line is written after.
        var replyLanguage = LanguageDetector.ContainsCjk(question) ? BotLanguage.Chinese : language;
        if (answer.MarketChoices.Count > 0)
        {
            // Not a gap in the knowledge base: the question lacks the market the answer depends on.
            await turnContext.SendReplyAsync(AnswerReply.WhichMarket(replyLanguage, answer.MarketChoices), cancellationToken);
            return false;
        }

        await turnContext.SendReplyAsync(answer.Guidance.Length > 0 ? AnswerReply.Explained(replyLanguage, answer.Guidance, answer.GuidanceSources, offerGuides) : AnswerReply.NotKnown(replyLanguage, offerGuides), cancellationToken);
        // A follow-up to a question not answered has no topic to point back to.
        if (await _lastQuestion.GetAsync(turnContext, () => new LastAnsweredQuestion(), cancellationToken) is { Title: not null } last)
        {
            last.Title = null;
            await _lastQuestion.SetAsync(turnContext, last, cancellationToken);
        }

        await RecordGapAsync(question ?? string.Empty, answer, cancellationToken);
        return false;
    }

    /// <summary>The topic (the entry's title) of the last question this conversation had answered; null when none.</summary>
    public async Task<string?> LastTopicAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _lastQuestion.GetAsync(turnContext, () => new LastAnsweredQuestion(), cancellationToken)).Title is { Length: > 0 } title ? title : null;

    /// <summary>
    /// Handles a request for the rest of an answer: the "More…" button (its data names the question, so this works on
    /// any instance and channel), or "more" / "更多" typed right after an answer in this conversation. False when the
    /// message is neither, so the turn goes on as usual.
    /// </summary>
    public async Task<bool> TryAnswerMoreAsync(ITurnContext turnContext, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var asked = MoreRequest.Read(turnContext.Activity, text, AnswerReply.MoreVerb, AnswerReply.QuestionKey, AnswerReply.LanguageKey);
        if (asked is null)
        {
            return false;
        }

        var (question, language) = asked.Value;
        if (question is null && await _lastQuestion.GetAsync(turnContext, () => new LastAnsweredQuestion(), cancellationToken) is { Question.Length: > 0 } last)
        {
            (question, language) = (last.Question, last.Language);
        }

        if (question is null)
        {
            // "more" with no answer before it is not a request for more: let the turn go on.
            return false;
        }

        var answer = _answerer.Value.Answer(question, language);
        await turnContext.SendReplyAsync(answer.Answered && answer.More.Count > 0 ? AnswerReply.Rest(answer) : AnswerReply.NothingMore(BotLanguage.Of(language ?? answer.Language)), cancellationToken);
        return true;
    }

    /// <summary>
    /// The answer and what goes with it (the rule-change alert button) as one message where the channel shows cards or
    /// Block Kit, so the button sits under the answer it belongs to; a text-only channel gets them one after the other.
    /// </summary>
    private static async Task SendWithFollowUpsAsync(ITurnContext turnContext, Reply answer, IReadOnlyList<ReplyBlock> followUps, CancellationToken cancellationToken)
    {
        if (followUps.Count == 0 || ReplyChannels.RenderingFor(turnContext.Activity.ChannelId) != ReplyRendering.Markdown)
        {
            await turnContext.SendReplyAsync(answer.Append([.. followUps]), cancellationToken);
            return;
        }

        await turnContext.SendReplyAsync(answer, cancellationToken);
        await turnContext.SendReplyAsync(new Reply(followUps), cancellationToken);
    }

    /// <summary>
    /// Whether text that brought the user to "ask a question" is itself the question (and not just "I have a
    /// question"): long enough, or phrased as one.
    /// </summary>
    public static bool LooksLikeAQuestion(string text)
    {
        var trimmed = text.Trim();
        var isChinese = LanguageDetector.ContainsCjk(trimmed);
        var words = isChinese ? trimmed.Length / 2 : trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return trimmed.EndsWith('?') || trimmed.EndsWith('？') || words >= 5;
    }

    private async Task RecordGapAsync(string question, KnowledgeAnswer answer, CancellationToken cancellationToken)
    {
        var gap = new KnowledgeGap(_time.GetUtcNow(), KnowledgeGapLog.Hash(question), answer.Language, Math.Round(answer.TopScore, 3), _logText ? question.Trim() : null);
        LogGap(gap.Hash, gap.Language, gap.TopScore);
        try
        {
            await _gaps.RecordAsync(gap, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The user still gets the honest answer; the operator sees why the log stayed short.
            LogGapWriteFailed(ex, _gaps.Path);
        }
    }

    [LoggerMessage(EventId = LogEventIds.ConversationAnswererAnswered, Level = LogLevel.Debug, Message = "Answered from {EntryId} (score {Score:0.00})")]
    private partial void LogAnswered(string entryId, double score);

    [LoggerMessage(EventId = LogEventIds.ConversationAnswererGap, Level = LogLevel.Information, Message = "Knowledge gap {Hash} ({Language}, best score {Score:0.00})")]
    private partial void LogGap(string hash, string language, double score);

    [LoggerMessage(EventId = LogEventIds.ConversationAnswererGapWriteFailed, Level = LogLevel.Warning, Message = "Could not write the knowledge-gap log {Path}")]
    private partial void LogGapWriteFailed(Exception exception, string path);
}
