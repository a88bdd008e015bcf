using System.Text.Json;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Channels.QuestionCards;

/// <summary>
/// The question-card ledger in conversation state, read and written with System.Text.Json in the JSON Json.NET's state
/// serializer gives it (<c>$type</c> first, properties in declaration order, the options as an object):
/// it is read and written on every turn of every channel that keeps old cards clickable, where Json.NET's reflection
/// walk was a few per cent of a turn. Either serializer reads what the other wrote; a ledger stored in another shape
/// (by hand, or by a later version) is read by Json.NET as before.
/// </summary>
internal sealed class QuestionCardLedgerStateCodec : JsonNetShapedStateCodec<QuestionCardLedger>
{
    // A record's text members, each set from its stored string.
    private static readonly Dictionary<string, Action<QuestionCardRecord, string>> TextMembers = new(StringComparer.Ordinal)
    {
        [nameof(QuestionCardRecord.PromptId)] = (card, text) => card.PromptId = text,
        [nameof(QuestionCardRecord.ActivityId)] = (card, text) => card.ActivityId = text,
        [nameof(QuestionCardRecord.QuestionKey)] = (card, text) => card.QuestionKey = text,
        [nameof(QuestionCardRecord.Question)] = (card, text) => card.Question = text,
    };

    protected override QuestionCardLedger ReadMembers(ref Utf8JsonReader reader, ReadOnlyMemory<byte> json)
    {
        var ledger = new QuestionCardLedger();
        while (MoveToNextMember(ref reader, out var name))
        {
            switch (name)
            {
                case nameof(QuestionCardLedger.Sequence):
                    ledger.Sequence = reader.GetInt32();
                    break;
                case nameof(QuestionCardLedger.Cards) when reader.TokenType == JsonTokenType.StartArray:
                    ledger.Cards = ReadCards(ref reader);
                    break;
                // Ledgers stored before "Current" was left out repeat their last card there.
                case StateValueCodecs.TypeProperty or "Current":
                    reader.Skip();
                    break;
                default:
                    throw new JsonException($"Unexpected member '{name}' ({reader.TokenType}) in a question-card ledger.");
            }
        }

        return ledger;
    }

    protected override void WriteMembers(Utf8JsonWriter writer, QuestionCardLedger ledger)
    {
        writer.WriteNumber(nameof(QuestionCardLedger.Sequence), ledger.Sequence);
        writer.WritePropertyName(nameof(QuestionCardLedger.Cards));
        WriteOrNull(writer, ledger.Cards, static (w, cards) =>
        {
            w.WriteStartArray();
            foreach (var card in cards)
            {
                WriteOrNull(w, card, WriteCard);
            }

            w.WriteEndArray();
        });
    }

    private static List<QuestionCardRecord> ReadCards(ref Utf8JsonReader reader)
    {
        var cards = new List<QuestionCardRecord>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Unexpected {reader.TokenType} for a question card.");
            }

            var card = new QuestionCardRecord();
            while (MoveToNextMember(ref reader, out var name))
            {
                switch (name)
                {
                    case var member when TextMembers.TryGetValue(member, out var set):
                        set(card, Text(ref reader));
                        break;
                    case nameof(QuestionCardRecord.Options) when reader.TokenType == JsonTokenType.StartObject:
                        while (MoveToNextMember(ref reader, out var option))
                        {
                            card.Options[option] = Text(ref reader);
                        }

                        break;
                    default:
                        throw new JsonException($"Unexpected member '{name}' ({reader.TokenType}) in a question card.");
                }
            }

            cards.Add(card);
        }

        return cards;
    }

    private static void WriteCard(Utf8JsonWriter writer, QuestionCardRecord card)
    {
        writer.WriteStartObject();
        writer.WriteString(nameof(QuestionCardRecord.PromptId), card.PromptId);
        writer.WriteString(nameof(QuestionCardRecord.ActivityId), card.ActivityId);
        writer.WriteString(nameof(QuestionCardRecord.QuestionKey), card.QuestionKey);
        writer.WriteString(nameof(QuestionCardRecord.Question), card.Question);
        writer.WritePropertyName(nameof(QuestionCardRecord.Options));
        WriteOrNull(writer, card.Options, static (w, options) =>
        {
            w.WriteStartObject();
            foreach (var (option, title) in options)
            {
                w.WriteString(option, title);
            }

            w.WriteEndObject();
        });
        writer.WriteEndObject();
    }

    /// <summary>A text member: a string; anything else (null included) is a shape left to Json.NET.</summary>
    private static string Text(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"Unexpected {reader.TokenType} for a text.");
}
