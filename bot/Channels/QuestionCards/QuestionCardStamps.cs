using System.Security.Cryptography;
using CrossBorderBot.Storage;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>
/// Keeps question cards honest in the clients that keep old cards clickable (Teams, Web Chat, the Emulator, native
/// Slack: <see cref="StaleCardClicks.JudgesCardClicks"/>). Every question card the bot sends there is stamped: each
/// button's data gets a <c>promptId</c> and the card is remembered in <see cref="QuestionCardLedger"/> with the message
/// id the channel gave it, in the conversation's state. A click is then judged against the question that is waiting:
/// <see cref="CheckAsync"/>.
/// </summary>
public sealed class QuestionCardStamps(BotStates states)
{
    private readonly IStatePropertyAccessor<QuestionCardLedger> _ledgerAccessor = states.Conversation.CreateProperty<QuestionCardLedger>(QuestionCardLedger.StateProperty);

    /// <summary>The field added to the data of every question button.</summary>
    public const string PromptIdField = "promptId";

    public const string SubmitAction = "Action.Submit";
    public const string ExecuteAction = "Action.Execute";

    /// <summary>Stamps and records the question cards this turn sends. Call once at the start of a turn.</summary>
    public void Track(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var ledger = await _ledgerAccessor.GetAsync(context, () => new QuestionCardLedger()).ConfigureAwait(false);
            var sent = new List<(int Index, QuestionCardRecord Card)>();
            for (var i = 0; i < activities.Count; i++)
            {
                if ((Stamp(activities[i], ledger) ?? TypedQuestion(activities[i])) is { } card)
                {
                    sent.Add((i, card));
                }
            }

            var responses = await next().ConfigureAwait(false);
            foreach (var (index, card) in sent)
            {
                card.ActivityId = responses is not null && index < responses.Length ? responses[index]?.Id ?? string.Empty : string.Empty;
                ledger.Add(card);
            }

            return responses ?? [];
        });
    }

    /// <summary>
    /// Judges a click on a question button (<paramref name="data"/> = the button's data, <paramref name="replyToId"/> =
    /// the card's message id) against the waiting question. Clicks with another verb than "choose" are not answers
    /// to a question and are always <see cref="QuestionCardFreshness.Current"/>. Also returns the clicked card when known.
    /// </summary>
    public async Task<(QuestionCardFreshness Freshness, QuestionCardRecord? Card)> CheckAsync(ITurnContext turnContext, JObject data, string? replyToId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(data);
        var verb = Text(data["verb"]);
        if (verb is not null && !ReplyVerbs.IsChoice(verb))
        {
            return (QuestionCardFreshness.Current, null);
        }

        var ledger = await _ledgerAccessor.GetAsync(turnContext, () => new QuestionCardLedger(), cancellationToken).ConfigureAwait(false);
        var current = ledger.Current;
        var promptId = Text(data[PromptIdField]);
        var clicked = promptId is not null ? ledger.FindByPromptId(promptId) : ledger.FindByActivityId(replyToId ?? string.Empty);
        if (current is null)
        {
            // Nothing remembered (a new deployment, or state was reset): let the waiting prompt judge the answer.
            return (QuestionCardFreshness.Current, clicked);
        }

        if (clicked is null)
        {
            // A stamp we no longer know, or a card id other than the waiting card's, is an older card.
            var unknownOlderCard = promptId is not null
                || (!string.IsNullOrEmpty(replyToId) && current.ActivityId.Length > 0 && replyToId != current.ActivityId);
            return (unknownOlderCard ? QuestionCardFreshness.Expired : QuestionCardFreshness.Current, null);
        }

        if (ReferenceEquals(clicked, current))
        {
            return (QuestionCardFreshness.Current, clicked);
        }

        return (clicked.QuestionKey == current.QuestionKey ? QuestionCardFreshness.SameQuestion : QuestionCardFreshness.Expired, clicked);
    }

    /// <summary>The object data of a card click (Teams sends it as a JSON object; some clients as a JSON string).</summary>
    public static JObject? SubmitData(object? value) => ReplySubmitData.Read(value);

    /// <summary>An Adaptive Card <c>Action.Submit</c>: object data as <c>value</c> and no typed text.</summary>
    public static bool IsCardSubmit(IMessageActivity message) =>
        string.IsNullOrWhiteSpace(message.Text) && message.Value is not null;

    /// <summary>The question's buttons wherever they sit (card actions or an ActionSet): those with the "choose" verb.</summary>
    public static List<JObject> QuestionActions(JObject card) =>
        card.DescendantsAndSelf()
            .OfType<JObject>()
            .Where(node => Text(node["type"]) is SubmitAction or ExecuteAction
                && node["data"] is JObject data
                && ReplyVerbs.IsChoice(Text(data[ReplySubmitData.VerbKey])))
            .ToList();

    /// <summary>A card attachment's content as a tree: a rendered card read from its bytes, or a tree or JSON text as given.</summary>
    private static JObject? CardTree(object? content) =>
        content is AdaptiveCardJson rendered ? rendered.ToJObject() : SubmitData(content);

    private static QuestionCardRecord? Stamp(Activity activity, QuestionCardLedger ledger)
    {
        if (activity.Attachments is not { Count: > 0 })
        {
            return null;
        }

        QuestionCardRecord? record = null;
        var attachments = new List<Attachment>(activity.Attachments.Count);
        foreach (var attachment in activity.Attachments)
        {
            if (record is null && attachment.ContentType == AdaptiveCardRenderer.ContentType && StampedCard(attachment.Content, ledger) is { } stamped)
            {
                record = stamped.Record;
                attachments.Add(new Attachment { ContentType = attachment.ContentType, Content = stamped.Card, Name = attachment.Name });
                continue;
            }

            attachments.Add(attachment);
        }

        activity.Attachments = attachments;
        return record;
    }

    /// <summary>
    /// The card stamped, with its record, when it is a question card. A card the bot rendered is read and stamped in
    /// its bytes (<see cref="RenderedQuestionCard"/>: the same bytes and record as through a tree); any other content,
    /// or a rendered card that pass leaves to the tree, is stamped on a Json.NET tree of it.
    /// </summary>
    private static (object Card, QuestionCardRecord Record)? StampedCard(object? content, QuestionCardLedger ledger)
    {
        if (content is AdaptiveCardJson unread && !RenderedQuestionCard.MayHoldActions(unread.Utf8.Span))
        {
            return null;
        }

        if (content is AdaptiveCardJson rendered && RenderedQuestionCard.Read(rendered.Utf8) is { } read)
        {
            if (!read.HasQuestionButtons)
            {
                return null;
            }

            var record = NewRecord(ledger);
            Describe(record, read.Question, read.Options);
            return (read.Stamped(record.PromptId), record);
        }

        if (CardTree(content) is not { } tree || QuestionActions(tree).Count == 0)
        {
            return null;
        }

        // A copy: the prompt may keep the original card in its state (a rendered card's tree is new already).
        var card = content is AdaptiveCardJson ? tree : (JObject)tree.DeepClone();
        var stampedRecord = NewRecord(ledger);
        StampActions(card, stampedRecord);
        return (card, stampedRecord);
    }

    private static QuestionCardRecord NewRecord(QuestionCardLedger ledger) =>
        new() { PromptId = "p" + (++ledger.Sequence).ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>
    /// A question asked without a question card (a typed answer is expected, a form is shown, or on Slack the buttons
    /// are Block Kit, known by the message's id): recorded as the waiting question, so the buttons of every earlier
    /// card are older than it. Without it a click on the menu card while "How much does one parcel weigh?" waited was
    /// taken as the weight.
    /// </summary>
    private static QuestionCardRecord? TypedQuestion(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || activity.InputHint != InputHints.ExpectingInput)
        {
            return null;
        }

        var question = activity.Text ?? string.Empty;
        return new QuestionCardRecord { Question = question, QuestionKey = KeyOf(["typed", question]) };
    }

    private static void StampActions(JObject card, QuestionCardRecord record)
    {
        var options = new List<(string Value, string? Title)>();
        foreach (var action in QuestionActions(card))
        {
            var data = (JObject)action["data"]!;
            data[PromptIdField] = record.PromptId;
            var value = Text(data["value"]) ?? string.Empty;
            options.Add((value, Text(action["title"]) ?? value));
        }

        var question = string.Join("\n", (card["body"] as JArray ?? [])
            .OfType<JObject>()
            .Where(element => Text(element["type"]) == "TextBlock")
            .Select(element => Text(element["text"]))
            .Where(text => !string.IsNullOrEmpty(text)));
        Describe(record, question, options);
    }

    /// <summary>The record's question, its options (title by value, the last button of a value winning) and its key.</summary>
    private static void Describe(QuestionCardRecord record, string question, IEnumerable<(string Value, string? Title)> buttons)
    {
        var options = new List<string>();
        foreach (var (value, title) in buttons)
        {
            record.Options[value] = title ?? value;
            options.Add(value);
        }

        record.Question = question;
        options.Sort(string.CompareOrdinal);
        options.Insert(0, question);
        if (options.Count == 1)
        {
            // No buttons: the key is still of the question and a line break after it.
            options.Add(string.Empty);
        }

        record.QuestionKey = KeyOf(options);
    }

    /// <summary>
    /// The first 8 bytes of the SHA-256 of <paramref name="lines"/> joined by line breaks, in UTF-8, as 16 upper-case hex
    /// digits. The text is encoded straight into one pooled buffer: a card's question was joined, concatenated and
    /// encoded into three new strings and an array on every question asked.
    /// </summary>
    private static string KeyOf(IReadOnlyList<string> lines)
    {
        var length = lines.Count - 1;
        foreach (var line in lines)
        {
            length += Encoding.UTF8.GetByteCount(line);
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    buffer[written++] = (byte)'\n';
                }

                written += Encoding.UTF8.GetBytes(lines[i], buffer.AsSpan(written));
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexString(hash[..8]);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Text(JToken? token) => ReplySubmitData.Text(token);
}
