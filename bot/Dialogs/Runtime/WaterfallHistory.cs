using System.Text.Json;

namespace CrossBorderBot.Dialogs;

/// <summary>
/// A waterfall's questions asked so far, oldest first (for "back"): <c>[{"Step":n,"Values":{…},"Result":…},…]</c>.
/// Entries loaded from the store stay their stored JSON (only their step number is read); a question asked this turn is
/// kept as objects and written when the state is saved, so asking a question copies no JSON.
/// </summary>
internal sealed class WaterfallHistory
{
    private const string StepProperty = "Step";
    private const string ValuesProperty = "Values";
    private const string ResultProperty = "Result";

    // A stored entry (DialogJsonValue) or a question asked this turn (Asked).
    private readonly List<object> _entries = [];

    // True for a history read from a stored array and not changed since (see IsUnchanged).
    private bool _asStored;

    public int Count => _entries.Count;

    /// <summary>True while the history is the stored array it was read from, nothing recorded or kept since.</summary>
    internal bool IsUnchanged => _asStored;

    /// <summary>The history as kept in a waterfall's state: stored JSON is read on first use, anything else starts empty.</summary>
    public static WaterfallHistory Of(DialogValueMap state, string key) =>
        state.KeptAt(key, stored => stored.IsNull ? null : Read(stored.Utf8));

    /// <summary>Adds a question, dropping what was asked at or after its step (and entries that are not questions).</summary>
    public void Record(int step, DialogValueMap valuesBefore, object? result)
    {
        _asStored = false;
        _entries.RemoveAll(entry => StepOf(entry) is not { } earlier || earlier >= step);
        _entries.Add(new Asked(step, valuesBefore, result));
    }

    /// <summary>Whether a question other than the one at <paramref name="currentStep"/> (the last, when waiting) was asked; reads only step numbers.</summary>
    public bool HasQuestionBefore(int currentStep)
    {
        var questions = 0;
        int? last = null;
        foreach (var entry in _entries)
        {
            if (StepOf(entry) is { } step)
            {
                questions++;
                last = step;
            }
        }

        return questions > 1 || (questions == 1 && last != currentStep);
    }

    /// <summary>The questions asked so far, oldest first, read in full (for "back").</summary>
    public List<(int Step, DialogValueMap Values, object? Result)> Questions()
    {
        var questions = new List<(int, DialogValueMap, object?)>(_entries.Count);
        foreach (var entry in _entries)
        {
            switch (entry)
            {
                case Asked asked:
                    questions.Add((asked.Step, asked.Values, asked.Result));
                    break;
                case DialogJsonValue stored when ReadStored(stored) is { } question:
                    questions.Add(question);
                    break;
            }
        }

        return questions;
    }

    /// <summary>Replaces the history with <paramref name="questions"/> (what "back" leaves of <see cref="Questions"/>).</summary>
    public void Keep(List<(int Step, DialogValueMap Values, object? Result)> questions)
    {
        _asStored = false;
        _entries.Clear();
        foreach (var (step, values, result) in questions)
        {
            _entries.Add(new Asked(step, values, result));
        }
    }

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var entry in _entries)
        {
            if (entry is Asked asked)
            {
                writer.WriteStartObject();
                writer.WriteNumber(StepProperty, asked.Step);
                writer.WritePropertyName(ValuesProperty);
                DialogValueJson.WriteMap(writer, asked.Values);
                if (asked.Result is not null)
                {
                    writer.WritePropertyName(ResultProperty);
                    DialogValueJson.WriteValue(writer, asked.Result);
                }

                writer.WriteEndObject();
            }
            else
            {
                writer.WriteRawValue(((DialogJsonValue)entry).Utf8.Span, skipInputValidation: true);
            }
        }

        writer.WriteEndArray();
    }

    private static WaterfallHistory Read(ReadOnlyMemory<byte> utf8)
    {
        var history = new WaterfallHistory();
        var reader = new Utf8JsonReader(utf8.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return history;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            history._entries.Add(new DialogJsonValue(utf8[start..(int)reader.BytesConsumed]));
        }

        history._asStored = true;
        return history;
    }

    private static int? StepOf(object entry) => entry switch
    {
        Asked asked => asked.Step,
        DialogJsonValue stored => StoredStep(stored.Utf8.Span),
        _ => null,
    };

    // The entry's integer "Step"; null when the entry is not an object with one (such an entry is dropped).
    private static int? StoredStep(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStep = reader.ValueTextEquals(StepProperty);
            reader.Read();
            if (isStep)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var step) ? step : null;
            }

            reader.Skip();
        }

        return null;
    }

    private static (int Step, DialogValueMap Values, object? Result)? ReadStored(DialogJsonValue stored)
    {
        if (StoredStep(stored.Utf8.Span) is not { } step)
        {
            return null;
        }

        var entry = DialogValueJson.ReadMap(stored.Utf8);
        var values = entry.MapAt(ValuesProperty);
        // A plain result as its .NET value (as the step first received it); an object or list stays its JSON, read when the step asks.
        var result = entry[ResultProperty] switch
        {
            DialogJsonValue { IsNull: true } or null => null,
            DialogJsonValue { Utf8.Span: [(byte)'{' or (byte)'[', ..] } kept => kept,
            DialogJsonValue kept => DialogValueConverter.Read<object>(kept.Utf8),
            var other => other,
        };
        return (step, values, result);
    }

    private sealed record Asked(int Step, DialogValueMap Values, object? Result);
}
