using System.Collections.Concurrent;
using System.Text.Json;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Plans;

/// <summary>
/// The user's saved plans in user state, read and written with System.Text.Json in the JSON Json.NET's state
/// serializer gives them: <c>$type</c> first, properties in declaration order, nulls written, and each read-only list
/// wrapped as <c>{"$type":"…List`1[[…]]…","$values":[…]}</c> (type names only where a read needs them, so the lists,
/// declared as interfaces, carry theirs). Either serializer reads what the other wrote; stored plans that do not have
/// the expected shape are read by Json.NET as before. A plan read here and carried over unchanged is written back as
/// the bytes it was read from (<see cref="SavedPlans.StoredJson"/>): only a new plan is encoded.
/// </summary>
internal sealed class SavedPlansStateCodec : JsonNetShapedStateCodec<SavedPlans>
{
    private const string Values = "$values";

    // A list's runtime type → the name Json.NET writes for it (asked of Json.NET once per type, so it is its exact form).
    private static readonly ConcurrentDictionary<Type, string> ListTypeNames = new();

    protected override SavedPlans ReadMembers(ref Utf8JsonReader reader, ReadOnlyMemory<byte> json)
    {
        var plans = new SavedPlans();
        while (NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case nameof(SavedPlans.Plans) when reader.TokenType == JsonTokenType.StartArray:
                    plans.Plans = ReadPlans(ref reader, json, plans);
                    break;
                case nameof(SavedPlans.Plans) when reader.TokenType == JsonTokenType.Null:
                    plans.Plans = null!;
                    break;
                case nameof(SavedPlans.Plans):
                    throw new JsonException("Unexpected " + reader.TokenType + " for the plans.");
                default:
                    reader.Skip();
                    break;
            }
        }

        return plans;
    }

    protected override void WriteMembers(Utf8JsonWriter writer, SavedPlans plans)
    {
        writer.WritePropertyName(nameof(SavedPlans.Plans));
        if (plans.Plans is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartArray();
            foreach (var plan in plans.Plans)
            {
                // A plan read from the store and carried over: the bytes it was read from, not encoded again.
                if (plan is not null && plans.StoredJson is { } stored && stored.TryGetValue(plan, out var json))
                {
                    writer.WriteRawValue(json.Span, skipInputValidation: true);
                }
                else
                {
                    WritePlan(writer, plan);
                }
            }

            writer.WriteEndArray();
        }
    }

    private static void WritePlan(Utf8JsonWriter writer, GuidePlan? plan)
    {
        if (plan is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(nameof(GuidePlan.GuideId), plan.GuideId);
        writer.WriteString(nameof(GuidePlan.Title), plan.Title);
        writer.WriteString(nameof(GuidePlan.CreatedAt), plan.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
        writer.WriteString(nameof(GuidePlan.Language), plan.Language);
        WriteList(writer, nameof(GuidePlan.Sections), plan.Sections, static (w, section) =>
        {
            w.WriteStartObject();
            w.WriteString(nameof(PlanSection.Heading), section.Heading);
            WriteList(w, nameof(PlanSection.Lines), section.Lines, static (w2, line) => w2.WriteStringValue(line));
            w.WriteEndObject();
        });
        WriteList(writer, nameof(GuidePlan.Sources), plan.Sources, static (w, source) =>
        {
            w.WriteStartObject();
            w.WriteString(nameof(PlanSource.Title), source.Title);
            w.WriteString(nameof(PlanSource.Publisher), source.Publisher);
            w.WriteString(nameof(PlanSource.Url), source.Url);
            if (source.Reviewed is { } reviewed)
            {
                w.WriteString(nameof(PlanSource.Reviewed), reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull(nameof(PlanSource.Reviewed));
            }

            w.WriteEndObject();
        });
        WriteList(writer, nameof(GuidePlan.Caveats), plan.Caveats, static (w, caveat) => w.WriteStringValue(caveat));
        if (plan.Answers is { } answers)
        {
            // Left out while null, as Json.NET leaves it out: plans saved before keep their bytes.
            writer.WriteString(nameof(GuidePlan.Answers), answers);
        }

        writer.WriteEndObject();
    }

    // A list declared as IReadOnlyList<T>: Json.NET names its runtime type, and puts the items in "$values".
    private static void WriteList<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> writeItem)
    {
        writer.WritePropertyName(name);
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(StateValueCodecs.TypeProperty, ListTypeNames.GetOrAdd(items.GetType(), static (_, list) => JsonNetTypeNameOf(list), items));
        writer.WriteStartArray(Values);
        foreach (var item in items)
        {
            WriteOrNull(writer, item, writeItem);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string JsonNetTypeNameOf(object list)
    {
        var json = BotStateJson.Serialize(list, BotStateJson.CreateStoreSerializer());
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        return reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(StateValueCodecs.TypeProperty) && reader.Read()
            ? reader.GetString()!
            : throw new InvalidOperationException("Json.NET wrote no type name for " + list.GetType());
    }

    private static GuidePlan ReadPlan(ref Utf8JsonReader reader)
    {
        string? guideId = null, title = null, language = null;
        DateTimeOffset createdAt = default;
        IReadOnlyList<PlanSection>? sections = null;
        IReadOnlyList<PlanSource>? sources = null;
        IReadOnlyList<string>? caveats = null;
        string? answers = null;
        while (NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case nameof(GuidePlan.GuideId): guideId = Text(ref reader); break;
                case nameof(GuidePlan.Title): title = Text(ref reader); break;
                case nameof(GuidePlan.CreatedAt): createdAt = DateTimeOffset.Parse(Text(ref reader)!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind); break;
                case nameof(GuidePlan.Language): language = Text(ref reader); break;
                case nameof(GuidePlan.Sections): sections = ReadList(ref reader, ReadSection); break;
                case nameof(GuidePlan.Sources): sources = ReadList(ref reader, ReadSource); break;
                case nameof(GuidePlan.Caveats): caveats = ReadList(ref reader, static (ref Utf8JsonReader r) => Text(ref r)!); break;
                case nameof(GuidePlan.Answers): answers = Text(ref reader); break;
                default: throw new JsonException("Unexpected member " + name + " in a saved plan.");
            }
        }

        return new GuidePlan(guideId!, title!, createdAt, language!, sections!, sources!, caveats, answers);
    }

    private static PlanSection ReadSection(ref Utf8JsonReader reader)
    {
        string? heading = null;
        IReadOnlyList<string>? lines = null;
        while (NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case nameof(PlanSection.Heading): heading = Text(ref reader); break;
                case nameof(PlanSection.Lines): lines = ReadList(ref reader, static (ref Utf8JsonReader r) => Text(ref r)!); break;
                default: throw new JsonException("Unexpected member " + name + " in a plan section.");
            }
        }

        return new PlanSection(heading!, lines!);
    }

    private static PlanSource ReadSource(ref Utf8JsonReader reader)
    {
        string? title = null, publisher = null, url = null;
        DateOnly? reviewed = null;
        while (NextMember(ref reader, out var name))
        {
            switch (name)
            {
                case nameof(PlanSource.Title): title = Text(ref reader); break;
                case nameof(PlanSource.Publisher): publisher = Text(ref reader); break;
                case nameof(PlanSource.Url): url = Text(ref reader); break;
                case nameof(PlanSource.Reviewed): reviewed = Text(ref reader) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null; break;
                default: throw new JsonException("Unexpected member " + name + " in a plan source.");
            }
        }

        return new PlanSource(title!, publisher!, url!, reviewed);
    }

    private delegate T ReadItem<T>(ref Utf8JsonReader reader);

    // A list as Json.NET writes an IReadOnlyList<T> member ({"$type":…,"$values":[…]}) or as a plain array; null stays null.
    // The list is built as the type named (a List<T> or a T[], what the bot stores), so it is written back the same;
    // any other collection type is left to Json.NET.
    private static IReadOnlyList<T>? ReadList<T>(ref Utf8JsonReader reader, ReadItem<T> readItem)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, readItem);
            case JsonTokenType.StartObject:
                List<T>? items = null;
                var isArray = false;
                while (NextMember(ref reader, out var name))
                {
                    if (name == StateValueCodecs.TypeProperty)
                    {
                        // Checked as Json.NET's binder checks it.
                        isArray = StoredListTypeNames.IsArray(ref reader);
                    }
                    else if (name == Values && reader.TokenType == JsonTokenType.StartArray)
                    {
                        items = ReadArray(ref reader, readItem);
                    }
                    else
                    {
                        throw new JsonException("Unexpected member " + name + " in a stored list.");
                    }
                }

                return items is null ? throw new JsonException("A stored list without $values.") : isArray ? items.ToArray() : items;
            default:
                throw new JsonException("Unexpected " + reader.TokenType + " for a list.");
        }
    }

    // The plans as ReadArray reads them, each plan object also remembered with the slice of JSON it was read from
    // (SavedPlans.StoredJson), so that Write puts an unchanged plan back as those bytes.
    private static List<GuidePlan> ReadPlans(ref Utf8JsonReader reader, ReadOnlyMemory<byte> json, SavedPlans into)
    {
        var plans = new List<GuidePlan>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                plans.Add(null!);
                continue;
            }

            var isObject = reader.TokenType == JsonTokenType.StartObject;
            var start = (int)reader.TokenStartIndex;
            var plan = isObject || reader.TokenType == JsonTokenType.String
                ? ReadPlan(ref reader)
                : throw new JsonException("Unexpected " + reader.TokenType + " in a stored list.");
            plans.Add(plan);
            if (isObject)
            {
                (into.StoredJson ??= new Dictionary<GuidePlan, ReadOnlyMemory<byte>>(ReferenceEqualityComparer.Instance))[plan] = json[start..(int)reader.BytesConsumed];
            }
        }

        return plans;
    }

    private static List<T> ReadArray<T>(ref Utf8JsonReader reader, ReadItem<T> readItem)
    {
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.Null ? default! : reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String
                ? readItem(ref reader)
                : throw new JsonException("Unexpected " + reader.TokenType + " in a stored list."));
        }

        return items;
    }

    // The member names this codec reads, as UTF-8: a name found here is given as its constant, so reading a user's ten
    // plans does not make ~600 short strings of names it already knows (about a quarter of the read's time).
    private static readonly (byte[] Utf8, string Name)[] KnownMembers =
    [
        .. new[]
        {
            StateValueCodecs.TypeProperty, Values, nameof(SavedPlans.Plans), nameof(GuidePlan.GuideId), nameof(GuidePlan.Title),
            nameof(GuidePlan.CreatedAt), nameof(GuidePlan.Language), nameof(GuidePlan.Sections), nameof(GuidePlan.Sources),
            nameof(GuidePlan.Caveats), nameof(PlanSection.Heading), nameof(PlanSection.Lines), nameof(PlanSource.Publisher),
            nameof(PlanSource.Url), nameof(PlanSource.Reviewed),
        }.Select(name => (System.Text.Encoding.UTF8.GetBytes(name), name)),
    ];

    // The next member as the base's MoveToNextMember reads it, its name given as the constant when it is a known one.
    private static bool NextMember(ref Utf8JsonReader reader, out string name)
    {
        if (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            name = KnownMember(ref reader) ?? reader.GetString()!;
            reader.Read();
            return true;
        }

        name = string.Empty;
        return false;
    }

    private static string? KnownMember(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            foreach (var (utf8, name) in KnownMembers)
            {
                if (reader.ValueSpan.SequenceEqual(utf8))
                {
                    return name;
                }
            }
        }

        return null;
    }

    internal static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException("Unexpected " + reader.TokenType + " where text belongs."),
    };
}
