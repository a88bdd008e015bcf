using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderBot.Storage;

/// <summary>
/// What <see cref="PlainJson"/> needs to know of one plain type, found once by reflection: how to make one, and its
/// members in the order System.Text.Json's generated code writes them (public readable instance properties, in
/// declaration order), each with its value kind and how to get and set it.
/// </summary>
/// <remarks>
/// Members are read and set through their auto-property backing fields where they have one: reflection reads and sets
/// fields without generating code, where calling a getter or setter through reflection compiles a stub per method.
/// </remarks>
internal sealed class PlainJsonContract
{
    private static readonly ConcurrentDictionary<Type, PlainJsonContract> Contracts = new();

    private readonly ConstructorInfo? _constructor;
    private readonly object?[] _constructorDefaults;

    private PlainJsonContract(Type type)
    {
        Type = type;
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            // As System.Text.Json: without a public parameterless constructor, the one public constructor (a record's own).
            _constructor = constructors.Length == 1 ? constructors[0] : throw new NotSupportedException($"{type} has no constructor to read with.");
        }

        _constructorDefaults = _constructor?.GetParameters().Select(DefaultOf).ToArray() ?? [];
        Members = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0
                && p.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition is null or JsonIgnoreCondition.WhenWritingNull)
            .Select(p => new PlainJsonMember(p, _constructor))];
        MembersByName = Members.Where(m => m.CanSet).ToDictionary(m => m.Name, StringComparer.Ordinal);
        MembersByNameIgnoringCase = new Dictionary<string, PlainJsonMember>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in Members.Where(m => m.CanSet))
        {
            MembersByNameIgnoringCase.TryAdd(member.Name, member);
        }
    }

    public Type Type { get; }

    public IReadOnlyList<PlainJsonMember> Members { get; }

    public Dictionary<string, PlainJsonMember> MembersByName { get; }

    public Dictionary<string, PlainJsonMember> MembersByNameIgnoringCase { get; }

    public static PlainJsonContract Of(Type type) => Contracts.GetOrAdd(type, static t => new PlainJsonContract(t));

    /// <summary>A new instance: its parameterless constructor, or its constructor with every parameter's default (the members read are set afterwards).</summary>
    public object Create() => _constructor is null
        ? Activator.CreateInstance(Type)!
        : _constructor.Invoke(_constructorDefaults);

    private static object? DefaultOf(ParameterInfo parameter) =>
        parameter.HasDefaultValue && parameter.DefaultValue is not null
            ? parameter.DefaultValue
            : parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
                ? Activator.CreateInstance(parameter.ParameterType)
                : null;
}

/// <summary>One member of a <see cref="PlainJsonContract"/>.</summary>
internal sealed class PlainJsonMember
{
    private readonly PropertyInfo _property;
    private readonly FieldInfo? _field;

    public PlainJsonMember(PropertyInfo property, ConstructorInfo? constructor)
    {
        _property = property;
        _field = property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance);
        Name = property.Name;
        Type = property.PropertyType;
        var isParameter = constructor?.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase)) == true;

        // Read-only members are written, not read (as System.Text.Json), unless a constructor parameter takes them.
        CanSet = property.SetMethod is { IsPublic: true } || isParameter;
        if (isParameter && _field is null)
        {
            throw new NotSupportedException($"{property.DeclaringType}.{property.Name} is set by its constructor only.");
        }

        Kind = PlainJsonKind.Of(Type, property.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType);
        OmittedWhenNull = property.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull;
    }

    public string Name { get; }

    public Type Type { get; }

    public bool CanSet { get; }

    public PlainJsonKind Kind { get; }

    /// <summary>Left out when null even where nulls are written: a member added later does not change the documents
    /// of everyone who never set it (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>).</summary>
    public bool OmittedWhenNull { get; }

    public object? Get(object target) => _field is not null ? _field.GetValue(target) : _property.GetValue(target);

    public void Set(object target, object? value)
    {
        if (_field is not null)
        {
            _field.SetValue(target, value);
        }
        else
        {
            _property.SetValue(target, value);
        }
    }
}

/// <summary>How one type's value is written and read (a property's converter attribute decides for enums and activities).</summary>
internal sealed class PlainJsonKind
{
    private static readonly ConcurrentDictionary<(Type, Type?), PlainJsonKind> Kinds = new();

    private PlainJsonKind(Type type, Type? converter)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        Type = underlying ?? type;
        IsNullable = underlying is not null || !type.IsValueType;
        converter ??= Type.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
        if (Type.IsEnum)
        {
            Enum = PlainJsonEnum.Of(Type, converter);
        }
        else if (converter is not null)
        {
            Converter = converter == typeof(Dialogs.PromptActivityJsonConverter) && Type == typeof(Microsoft.Bot.Schema.Activity)
                ? (Dialogs.PromptActivityJsonConverter)Activator.CreateInstance(converter)!
                : throw new NotSupportedException($"{converter} on {type}");
        }
        else if (Type.IsGenericType && Type.GetGenericTypeDefinition() == typeof(List<>))
        {
            Element = Of(Type.GetGenericArguments()[0], null);
        }
        else if (typeof(IEnumerable).IsAssignableFrom(Type) && Type != typeof(string))
        {
            // Other collections are listed explicitly as they are met (IReadOnlyList<string> is written, never read).
            Element = Type.IsGenericType && Type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                ? Of(Type.GetGenericArguments()[0], null)
                : throw new NotSupportedException($"The plain JSON codec does not know {type}.");
        }
    }

    /// <summary>The value's own type (a nullable's underlying type).</summary>
    public Type Type { get; }

    /// <summary>JSON null is a value of it (a reference type or a nullable).</summary>
    public bool IsNullable { get; }

    /// <summary>Its names, for an enum.</summary>
    public PlainJsonEnum? Enum { get; }

    /// <summary>The element's kind, for a list.</summary>
    public PlainJsonKind? Element { get; }

    /// <summary>The converter its property names, for a prompt's activity.</summary>
    public JsonConverter<Microsoft.Bot.Schema.Activity>? Converter { get; }

    public static PlainJsonKind Of(Type type, Type? converter) => Kinds.GetOrAdd((type, converter), static key => new PlainJsonKind(key.Item1, key.Item2));
}

/// <summary>An enum's JSON names, as the converter named on it writes and reads them (a number without one).</summary>
internal sealed class PlainJsonEnum
{
    private readonly Dictionary<object, string> _names = [];
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> _valuesIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    private PlainJsonEnum(Type type, bool asNames, JsonNamingPolicy? naming, bool allowNumbers)
    {
        Type = type;
        AsNames = asNames;
        AllowNumbers = allowNumbers;
        foreach (var value in System.Enum.GetValues(type))
        {
            var name = naming?.ConvertName(value.ToString()!) ?? value.ToString()!;
            _names[value] = name;
            _values.TryAdd(name, value);
            _valuesIgnoringCase.TryAdd(name, value);
        }
    }

    public Type Type { get; }

    /// <summary>Written as its name (by a string-enum converter), else as its number.</summary>
    public bool AsNames { get; }

    /// <summary>A number is read too.</summary>
    public bool AllowNumbers { get; }

    public static PlainJsonEnum Of(Type type, Type? converter)
    {
        if (converter is null)
        {
            return new PlainJsonEnum(type, asNames: false, naming: null, allowNumbers: true);
        }

        var definition = converter.IsGenericType ? converter.GetGenericTypeDefinition() : converter;
        if (definition == typeof(Dialogs.Guides.StoredEnumConverter<>))
        {
            return new PlainJsonEnum(type, asNames: true, JsonNamingPolicy.CamelCase, allowNumbers: false);
        }

        return definition == typeof(JsonStringEnumConverter<>)
            ? new PlainJsonEnum(type, asNames: true, naming: null, allowNumbers: true)
            : throw new NotSupportedException($"{converter} on {type}");
    }

    public string? NameOf(object value) => _names.GetValueOrDefault(value);

    /// <summary>The value named (exactly, else in any case, as System.Text.Json's string-enum converter reads), or null.</summary>
    public object? ValueOf(string name) =>
        _values.TryGetValue(name, out var value) || _valuesIgnoringCase.TryGetValue(name, out value) ? value : null;
}
