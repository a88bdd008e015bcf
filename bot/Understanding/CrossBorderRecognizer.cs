using CrossBorderBot.Understanding.Quantities;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Understanding;

/// <summary>
/// Offline language understanding for English and Simplified Chinese: intents from a logistic-regression
/// classifier trained at start-up on an embedded example file plus a few high-precision rules, and entities
/// from the knowledge base vocabulary, issue-type patterns and Microsoft.Recognizers.Text quantities.
/// </summary>
/// <remarks>
/// Scores are probabilities (0–1). When no intent reaches <see cref="MinimumConfidence"/>, <c>None</c> is the
/// top intent with score 1 − (best intent's probability). Create once and share: construction trains the model.
/// </remarks>
public sealed class CrossBorderRecognizer : IRecognizer
{
    /// <summary>Below this probability the recognizer would rather say <c>None</c> than guess.</summary>
    public const double MinimumConfidence = 0.3;

    private readonly EntityExtractor _entities;
    private readonly IIntentModel _model;
    private readonly RecognitionMemo _memo = new();

    /// <summary>Builds the recognizer and trains its intent model.</summary>
    /// <param name="vocabulary">Countries, regions and categories, usually from <see cref="KnowledgeVocabulary.From"/>.</param>
    /// <param name="quantities">Weight and money recognizer (a new one when null).</param>
    public CrossBorderRecognizer(Vocabulary vocabulary, QuantityRecognizer? quantities = null)
        : this(vocabulary, TrainingCorpus.Load(), quantities)
    {
    }

    /// <summary>Builds a recognizer trained on the given examples only (the dev split's measurement uses this).</summary>
    internal CrossBorderRecognizer(
        Vocabulary vocabulary,
        IReadOnlyList<TrainingExample> training,
        QuantityRecognizer? quantities = null,
        Func<IReadOnlyList<LabelledMessage>, IIntentModel>? trainModel = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(training);
        _entities = new EntityExtractor(vocabulary, quantities ?? new QuantityRecognizer());
        IReadOnlyList<LabelledMessage> Label() => training
            .Select(e => new LabelledMessage(e.Intent, e.Text, _entities.Extract(e.Text, CultureOf(e.Text, null))))
            .ToList();
        _model = trainModel is null && quantities is null ? IntentModelCache.GetOrTrain(vocabulary, training, Label) : (trainModel ?? LogisticIntentModel.Train)(Label());
    }

    /// <summary>A recognizer over the vocabulary of <paramref name="knowledgeBase"/> (the one the bot has loaded).</summary>
    public static CrossBorderRecognizer Create(Knowledge.Model.KnowledgeBase knowledgeBase) => new(KnowledgeVocabulary.From(knowledgeBase));

    /// <summary>A recognizer over the knowledge base copied next to the app (for commands and tests without a host).</summary>
    public static CrossBorderRecognizer CreateDefault() => new(KnowledgeVocabulary.FromDefaultData());

    /// <inheritdoc />
    public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        cancellationToken.ThrowIfCancellationRequested();
        var activity = turnContext.Activity;
        return Task.FromResult(Recognize(activity?.Text ?? string.Empty, activity?.Locale));
    }

    /// <inheritdoc />
    public async Task<T> RecognizeAsync<T>(ITurnContext turnContext, CancellationToken cancellationToken)
        where T : IRecognizerConvert, new()
    {
        var result = new T();
        result.Convert(await RecognizeAsync(turnContext, cancellationToken).ConfigureAwait(false));
        return result;
    }

    /// <summary>Recognizes one message without a turn.</summary>
    /// <param name="text">The message.</param>
    /// <param name="locale">The channel's locale ("en-US", "zh-CN"); null to go by the text alone.</param>
    public RecognizerResult Recognize(string text, string? locale)
    {
        text ??= string.Empty;
        var mentions = _entities.Extract(text, CultureOf(text, locale));
        return new RecognizerResult
        {
            Text = text,
            Intents = ScoreIntents(text, mentions),
            Entities = ToJson(mentions),
        };
    }

    /// <summary>Recognizes one message as a typed <see cref="RecognizedMessage"/> (what the dialogs use).</summary>
    /// <param name="text">The message.</param>
    /// <param name="locale">The channel's locale ("en-US", "zh-CN"); null to go by the text alone.</param>
    public RecognizedMessage Understand(string text, string? locale)
    {
        text ??= string.Empty;
        var culture = CultureOf(text, locale);
        if (!RecognitionMemo.Keeps(text))
        {
            return Read(text, culture);
        }

        return _memo.Find(culture, text) ?? _memo.Keep(culture, text, Read(text, culture));
    }

    private RecognizedMessage Read(string text, string culture)
    {
        var mentions = _entities.Extract(text, culture);
        var scores = ScoreIntents(text, mentions).ToDictionary(s => s.Key, s => s.Value.Score ?? 0, StringComparer.Ordinal);
        var top = scores.MaxBy(s => s.Value);
        return new RecognizedMessage(text, top.Key, top.Value, scores, MessageEntities.From(mentions));
    }

    private static string CultureOf(string text, string? locale)
    {
        var language = string.IsNullOrWhiteSpace(locale) ? LanguageDetector.Detect(text) : locale;
        return LocaleLanguage.IsChinese(language) ? "zh-cn" : "en-us";
    }

    private Dictionary<string, IntentScore> ScoreIntents(string text, IReadOnlyList<EntityMention> mentions)
    {
        var scores = IntentNames.All.ToDictionary(n => n, _ => 0.0, StringComparer.Ordinal);
        var probabilities = _model.Predict(text, mentions, out var familiar);
        for (var i = 0; i < _model.Labels.Count; i++)
        {
            scores[_model.Labels[i]] = probabilities[i];
        }

        if (IntentRules.Match(text, mentions) is { } ruled)
        {
            Boost(scores, ruled, IntentRules.RuleScore);
        }
        else if (!familiar || !text.Any(char.IsLetterOrDigit))
        {
            // Nothing in the message resembles anything the model was taught.
            Boost(scores, IntentNames.None, IntentRules.RuleScore);
        }

        var best = scores.Where(s => s.Key != IntentNames.None).MaxBy(s => s.Value);
        if (best.Value < MinimumConfidence)
        {
            scores[IntentNames.None] = Math.Max(scores[IntentNames.None], 1 - best.Value);
        }

        return scores.ToDictionary(s => s.Key, s => new IntentScore { Score = Math.Round(s.Value, 4) }, StringComparer.Ordinal);
    }

    // Sets one intent's score and shrinks the others in proportion, so the scores still sum to one.
    private static void Boost(Dictionary<string, double> scores, string intent, double score)
    {
        if (scores[intent] >= score)
        {
            return;
        }

        var others = scores.Where(s => s.Key != intent).Sum(s => s.Value);
        var factor = others > 0 ? (1 - score) / others : 0;
        foreach (var key in scores.Keys.ToList())
        {
            scores[key] = key == intent ? score : scores[key] * factor;
        }
    }

    private static JObject ToJson(IReadOnlyList<EntityMention> mentions)
    {
        var entities = new JObject();
        foreach (var group in mentions.GroupBy(m => m.Kind))
        {
            entities[group.Key.Key()] = new JArray(group.Select(ToJson));
        }

        return entities;
    }

    private static JObject ToJson(EntityMention m) => m.Kind switch
    {
        EntityType.Country => new JObject { ["code"] = m.Value, ["text"] = m.Text },
        EntityType.Weight => new JObject
        {
            ["kilograms"] = decimal.Parse(m.Value, CultureInfo.InvariantCulture),
            ["text"] = m.Text,
        },
        EntityType.Money => new JObject { ["amount"] = m.Amount, ["currency"] = m.Currency, ["text"] = m.Text },
        _ => new JObject { ["id"] = m.Value, ["text"] = m.Text },
    };
}
