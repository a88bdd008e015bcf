using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The readiness guide's answers so far (kept in the waterfall's values as one typed record, like the other guides'):
/// the answer to each question of the readiness model, by question id. The questions are data (the knowledge base's
/// readiness model), so the answers are keyed by their ids; an answer is a choice id or a number in invariant culture
/// (the budget in CNY per month).
/// </summary>
public sealed record ReadinessAnswers
{
    private readonly Dictionary<string, string> _byQuestion;

    public ReadinessAnswers()
        : this((IReadOnlyDictionary<string, string>?)null)
    {
    }

    [JsonConstructor]
    public ReadinessAnswers(IReadOnlyDictionary<string, string>? byQuestion) =>
        _byQuestion = new Dictionary<string, string>(byQuestion ?? new Dictionary<string, string>(), StringComparer.Ordinal);

    public static ReadinessAnswers None { get; } = new();

    /// <summary>Question id → answer (a choice id, or an invariant number).</summary>
    public IReadOnlyDictionary<string, string> ByQuestion => _byQuestion;

    [JsonIgnore]
    public int Count => _byQuestion.Count;

    public bool Has(string questionId) => _byQuestion.ContainsKey(questionId);

    /// <summary>The answer to <paramref name="questionId"/>; null when not answered yet.</summary>
    public string? Of(string questionId) => _byQuestion.GetValueOrDefault(questionId);

    /// <summary>These answers with <paramref name="questionId"/> answered (or answered anew).</summary>
    public ReadinessAnswers With(string questionId, string answer) =>
        new(new Dictionary<string, string>(_byQuestion, StringComparer.Ordinal) { [questionId] = answer });

    /// <summary>These answers with every answer of <paramref name="more"/> put in (replacing, as a form submit does).</summary>
    public ReadinessAnswers With(IEnumerable<KeyValuePair<string, string>> more)
    {
        var merged = new Dictionary<string, string>(_byQuestion, StringComparer.Ordinal);
        foreach (var (question, answer) in more)
        {
            merged[question] = answer;
        }

        return new ReadinessAnswers(merged);
    }

    /// <summary>These answers with the answers of <paramref name="more"/> to questions not answered yet.</summary>
    public ReadinessAnswers WithMissing(IEnumerable<KeyValuePair<string, string>> more) =>
        With(more.Where(answer => !_byQuestion.ContainsKey(answer.Key)));

    /// <summary>
    /// Reads the answers as kept in dialog state. Before they were a typed record, the guide kept them as a plain
    /// dictionary (<c>{"question-id":"answer", …}</c>); such a state, saved by an earlier version of the bot, is read
    /// as the same answers, so a conversation in the middle of the guide resumes with nothing asked again.
    /// </summary>
    public static ReadinessAnswers FromStored(JToken? stored) => stored switch
    {
        JObject json when json[nameof(ByQuestion)] is JObject byQuestion => new ReadinessAnswers(Strings(byQuestion)),
        JObject legacy when legacy.Properties().All(p => p.Value.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float) => new ReadinessAnswers(Strings(legacy)),
        _ => None,
    };

    public bool Equals(ReadinessAnswers? other) =>
        other is not null && _byQuestion.Count == other._byQuestion.Count && _byQuestion.All(answer => other.Of(answer.Key) == answer.Value);

    public override int GetHashCode() => _byQuestion.Count;

    private static Dictionary<string, string> Strings(JObject json) =>
        json.Properties()
            .Where(p => p.Value.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float)
            .ToDictionary(p => p.Name, p => Convert.ToString(((JValue)p.Value).Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal);
}
