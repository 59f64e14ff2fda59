<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CacheOptions</name>
    <message>
        <source>Answer repeated requests from a cache: memory, disk (the user&apos;s cache folder), disk:PATH, or redis://[:password@]host:port/db to share one across machines. Without it, a profile saved with cache_responses (&quot;modelkit profile edit NAME --cache-responses&quot;, or the window&apos;s cache switch) uses disk.</source>
        <translation>Answer repeated requests from a cache: memory, disk (the user&apos;s cache folder), disk:PATH, or redis://[:password@]host:port/db to share one across machines. Without it, a profile saved with cache_responses (&quot;modelkit profile edit NAME --cache-responses&quot;, or the window&apos;s cache switch) uses disk.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <source>Neither look up nor store replies, even when the profile caches responses.</source>
        <translation>Neither look up nor store replies, even when the profile caches responses.</translation>
    </message>
    <message>
        <source>How long cached replies stay valid (default 30 days; 0 = forever).</source>
        <translation>How long cached replies stay valid (default 30 days; 0 = forever).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--cache and --no-cache cannot be combined</source>
        <translation>--cache and --no-cache cannot be combined</translation>
    </message>
    <message>
        <source>--cache-ttl expects a non-negative number of seconds</source>
        <translation>--cache-ttl expects a non-negative number of seconds</translation>
    </message>
    <message>
        <source>%1; the request goes to the provider uncached</source>
        <translation>%1; the request goes to the provider uncached</translation>
    </message>
    <message>
        <source>warning: cache: %1</source>
        <translation>warning: cache: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: modelkit COMMAND [OPTIONS]

Commands:
  chat     send one request and print the reply
  compare  send one request to several models at once and compare them
  models   list the models of a provider
  tokens   count the prompt tokens of a request
  profile  add, edit, list or remove provider profiles
  key      store, remove or check a profile&apos;s API key in the keychain
  usage    show the tokens and cost of recorded calls
  import   convert OpenAI, Anthropic or AutoGen JSON to a conversation file
  export   write a conversation, or its request as curl, Python or JSON
  show     print a conversation for reading
  version  print the version

Run &quot;modelkit COMMAND --help&quot; for the options of a command.
</source>
        <translation>Usage: modelkit COMMAND [OPTIONS]

Commands:
  chat     send one request and print the reply
  compare  send one request to several models at once and compare them
  models   list the models of a provider
  tokens   count the prompt tokens of a request
  profile  add, edit, list or remove provider profiles
  key      store, remove or check a profile&apos;s API key in the keychain
  usage    show the tokens and cost of recorded calls
  import   convert OpenAI, Anthropic or AutoGen JSON to a conversation file
  export   write a conversation, or its request as curl, Python or JSON
  show     print a conversation for reading
  version  print the version

Run &quot;modelkit COMMAND --help&quot; for the options of a command.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CompareLane</name>
    <message>
        <source>a lane needs an id</source>
        <translation>a lane needs an id</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot; names neither a profile nor a provider</source>
        <translation>lane &quot;%1&quot; names neither a profile nor a provider</translation>
    </message>
    <message>
        <source>lane &quot;%1&quot;: repeat must be from 1 to %2</source>
        <translation>lane &quot;%1&quot;: repeat must be from 1 to %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a lane starts with a profile or provider (PROFILE:MODEL)</source>
        <translation>&quot;%1&quot;: a lane starts with a profile or provider (PROFILE:MODEL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected KEY=VALUE at &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: expected KEY=VALUE at &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: repeat must be a whole number from 1 to %2</source>
        <translation>&quot;%1&quot;: repeat must be a whole number from 1 to %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: cache must be true or false</source>
        <translation>&quot;%1&quot;: cache must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown override &quot;%2&quot; (known: %3)</source>
        <translation>&quot;%1&quot;: unknown override &quot;%2&quot; (known: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2: %3</source>
        <translation>&quot;%1&quot;: %2: %3</translation>
    </message>
</context>
<context>
    <name>ComparisonDocument</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>invalid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: the file is larger than %2 MiB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationFiles</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>modelkit: warning: %1: %2 is left out (this version cannot send it)
</source>
        <translation>modelkit: warning: %1: %2 is left out (this version cannot send it)
</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 in</source>
        <translation>%1 in</translation>
    </message>
    <message>
        <source>(%1 cached)</source>
        <translation>(%1 cached)</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 out</translation>
    </message>
    <message>
        <source>(%1 reasoning)</source>
        <translation>(%1 reasoning)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>cost unknown</translation>
    </message>
    <message numerus="yes">
        <source>(+ %n run(s) without a known price)</source>
        <translation>
            <numerusform>(+ %n run without a known price)</numerusform>
            <numerusform>(+ %n runs without a known price)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimated</source>
        <translation>
            <numerusform>%n estimated</numerusform>
            <numerusform>%n estimated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from cache</source>
        <translation>
            <numerusform>%n from cache</numerusform>
            <numerusform>%n from cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Run #%1</source>
        <translation>Run #%1</translation>
    </message>
    <message>
        <source>(estimated: the provider reported no usage)</source>
        <translation>(estimated: the provider reported no usage)</translation>
    </message>
    <message>
        <source>(from cache)</source>
        <translation>(from cache)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Provider code: %1</source>
        <translation>Provider code: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>The provider asks to retry in %1 s</source>
        <translation>The provider asks to retry in %1 s</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write a conversation in the modelkit.conversation format, or its request as a curl command, a Python script (autogen-ext) or the JSON body the app sends. Keys are read from environment variables by the code, never written into it.</source>
        <translation>Write a conversation in the modelkit.conversation format, or its request as a curl command, a Python script (autogen-ext) or the JSON body the app sends. Keys are read from environment variables by the code, never written into it.</translation>
    </message>
    <message>
        <source>The conversation (any format &quot;modelkit import&quot; reads).</source>
        <translation>The conversation (any format &quot;modelkit import&quot; reads).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>json (default: the conversation), curl, python or body.</source>
        <translation>json (default: the conversation), curl, python or body.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>curl, python, body: the streaming request.</source>
        <translation>curl, python, body: the streaming request.</translation>
    </message>
    <message>
        <source>export takes exactly one FILE</source>
        <translation>export takes exactly one FILE</translation>
    </message>
    <message>
        <source>--as must be json, curl, python or body</source>
        <translation>--as must be json, curl, python or body</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Convert a conversation to the modelkit.conversation format. FILE may be a modelkit conversation, an OpenAI messages array or Chat Completions request body, an Anthropic Messages request body, an AutoGen message list or a modelkit request (&quot;-&quot; reads standard input).</source>
        <translation>Convert a conversation to the modelkit.conversation format. FILE may be a modelkit conversation, an OpenAI messages array or Chat Completions request body, an Anthropic Messages request body, an AutoGen message list or a modelkit request (&quot;-&quot; reads standard input).</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>The file to import.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>import takes exactly one FILE</source>
        <translation>import takes exactly one FILE</translation>
    </message>
</context>
<context>
    <name>JsonTextCheck</name>
    <message>
        <source>expected an object or array</source>
        <translation>expected an object or array</translation>
    </message>
    <message>
        <source>unexpected end of document</source>
        <translation>unexpected end of document</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unexpected text after the end of the document</translation>
    </message>
    <message>
        <source>trailing comma</source>
        <translation>trailing comma</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>expected a key in double quotes</translation>
    </message>
    <message>
        <source>missing colon</source>
        <translation>missing colon</translation>
    </message>
    <message>
        <source>missing comma</source>
        <translation>missing comma</translation>
    </message>
    <message>
        <source>expected a comma or &apos;}&apos;</source>
        <translation>expected a comma or &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a comma or &apos;]&apos;</source>
        <translation>expected a comma or &apos;]&apos;</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>missing value</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unexpected character</translation>
    </message>
    <message>
        <source>unescaped control character in string</source>
        <translation>unescaped control character in string</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>document too large</source>
        <translation>document too large</translation>
    </message>
    <message>
        <source>Enter a JSON object or array</source>
        <translation>Enter a JSON object or array</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Line %1, column %2: %3</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>number out of range</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>Usage: modelkit key set|remove|status NAME

Keeps the API key of profile NAME in the system keychain (service org.modelkit.Playground), never in a file.

  set     read the key from standard input (one line) and store it:
            modelkit key set NAME &lt; key.txt
            printf %s &quot;$KEY&quot; | modelkit key set NAME
          On a terminal it asks for the key without showing it. A key is
          never accepted as a command-line argument.
  remove  forget the stored key
  status  say whether a key is stored, and which environment variables
          the profile would also read
</source>
        <translation>Usage: modelkit key set|remove|status NAME

Keeps the API key of profile NAME in the system keychain (service org.modelkit.Playground), never in a file.

  set     read the key from standard input (one line) and store it:
            modelkit key set NAME &lt; key.txt
            printf %s &quot;$KEY&quot; | modelkit key set NAME
          On a terminal it asks for the key without showing it. A key is
          never accepted as a command-line argument.
  remove  forget the stored key
  status  say whether a key is stored, and which environment variables
          the profile would also read
</translation>
    </message>
    <message>
        <source>key takes no options: the key is read from standard input, never from the command line</source>
        <translation>key takes no options: the key is read from standard input, never from the command line</translation>
    </message>
    <message>
        <source>key needs an action: set, remove or status</source>
        <translation>key needs an action: set, remove or status</translation>
    </message>
    <message>
        <source>unknown key action (set, remove or status)</source>
        <translation>unknown key action (set, remove or status)</translation>
    </message>
    <message>
        <source>key %1 needs a profile name</source>
        <translation>key %1 needs a profile name</translation>
    </message>
    <message>
        <source>key %1 takes only the profile name: the key is read from standard input, never from the command line</source>
        <translation>key %1 takes only the profile name: the key is read from standard input, never from the command line</translation>
    </message>
    <message>
        <source>there is no profile by that name (see &quot;modelkit profile list&quot;; create one with &quot;modelkit profile add&quot;)</source>
        <translation>there is no profile by that name (see &quot;modelkit profile list&quot;; create one with &quot;modelkit profile add&quot;)</translation>
    </message>
    <message>
        <source>that name</source>
        <translation>that name</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <source>API key for &quot;%1&quot; (input hidden): </source>
        <translation>API key for &quot;%1&quot; (input hidden): </translation>
    </message>
    <message>
        <source>the first line of standard input is too long to be an API key</source>
        <translation>the first line of standard input is too long to be an API key</translation>
    </message>
    <message>
        <source>standard input holds more than one line; give the key alone on one line</source>
        <translation>standard input holds more than one line; give the key alone on one line</translation>
    </message>
    <message>
        <source>no key on standard input (nothing was stored)</source>
        <translation>no key on standard input (nothing was stored)</translation>
    </message>
    <message>
        <source>the key contains control characters (nothing was stored)</source>
        <translation>the key contains control characters (nothing was stored)</translation>
    </message>
    <message>
        <source>Stored the API key of &quot;%1&quot; in the keychain.
</source>
        <translation>Stored the API key of &quot;%1&quot; in the keychain.
</translation>
    </message>
    <message>
        <source>the keychain is unavailable (%1). The key was not stored: modelkit never writes keys to disk in plain text. Start a Secret Service (gnome-keyring, KWallet, KeePassXC), or give the key through an environment variable: %2.</source>
        <translation>the keychain is unavailable (%1). The key was not stored: modelkit never writes keys to disk in plain text. Start a Secret Service (gnome-keyring, KWallet, KeePassXC), or give the key through an environment variable: %2.</translation>
    </message>
    <message>
        <source>name one with &quot;modelkit profile edit %1 --key-env VAR&quot;</source>
        <translation>name one with &quot;modelkit profile edit %1 --key-env VAR&quot;</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>set %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>the keychain did not store the key (%1)</source>
        <translation>the keychain did not store the key (%1)</translation>
    </message>
    <message>
        <source>No API key was stored for %1.
</source>
        <translation>No API key was stored for %1.
</translation>
    </message>
    <message>
        <source>Removed the API key of %1 from the keychain.
</source>
        <translation>Removed the API key of %1 from the keychain.
</translation>
    </message>
    <message>
        <source>the keychain is unavailable (%1)</source>
        <translation>the keychain is unavailable (%1)</translation>
    </message>
    <message>
        <source>the keychain did not remove the key (%1)</source>
        <translation>the keychain did not remove the key (%1)</translation>
    </message>
    <message>
        <source>%1: API key stored in the keychain
</source>
        <translation>%1: API key stored in the keychain
</translation>
    </message>
    <message>
        <source>%1: no API key stored in the keychain
</source>
        <translation>%1: no API key stored in the keychain
</translation>
    </message>
    <message>
        <source>%1: keychain unavailable (%2)
</source>
        <translation>%1: keychain unavailable (%2)
</translation>
    </message>
    <message>
        <source>%1: keychain error (%2)
</source>
        <translation>%1: keychain error (%2)
</translation>
    </message>
    <message>
        <source>%1 is not set
</source>
        <translation>%1 is not set
</translation>
    </message>
    <message>
        <source>%1 is set
</source>
        <translation>%1 is set
</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Cannot read the model catalog %1: %2</source>
        <translation>Cannot read the model catalog %1: %2</translation>
    </message>
    <message>
        <source>(built-in data)</source>
        <translation>(built-in data)</translation>
    </message>
    <message>
        <source>The model catalog %1 is not valid JSON (at offset %2: %3)</source>
        <translation>The model catalog %1 is not valid JSON (at offset %2: %3)</translation>
    </message>
    <message>
        <source>The model catalog %1 is invalid: %2</source>
        <translation>The model catalog %1 is invalid: %2</translation>
    </message>
    <message>
        <source>The model catalog %1 has format version %2; this version of the application reads version %3 and older.</source>
        <translation>The model catalog %1 has format version %2; this version of the application reads version %3 and older.</translation>
    </message>
    <message>
        <source>Capabilities and limits from the &quot;%1&quot; section of the catalog; the price on this provider is unknown.</source>
        <translation>Capabilities and limits from the &quot;%1&quot; section of the catalog; the price on this provider is unknown.</translation>
    </message>
    <message>
        <source>An override needs a provider and a model.</source>
        <translation>An override needs a provider and a model.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be overridden (overridable: %2).</source>
        <translation>&quot;%1&quot; cannot be overridden (overridable: %2).</translation>
    </message>
    <message>
        <source>The override for %1 is invalid: %2</source>
        <translation>The override for %1 is invalid: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>$.format: expected &quot;%1&quot;</source>
        <translation>$.format: expected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>format version %1 is not one this version of the application reads (1 to %2)</source>
        <translation>format version %1 is not one this version of the application reads (1 to %2)</translation>
    </message>
    <message>
        <source>: expected an object</source>
        <translation>: expected an object</translation>
    </message>
    <message>
        <source>Cannot read the model catalog overrides %1: %2</source>
        <translation>Cannot read the model catalog overrides %1: %2</translation>
    </message>
    <message>
        <source>The model catalog overrides in %1 cannot be read (%2) and were not applied. No copy of the file could be made, so it was left as it is.</source>
        <translation>The model catalog overrides in %1 cannot be read (%2) and were not applied. No copy of the file could be made, so it was left as it is.</translation>
    </message>
    <message>
        <source>The model catalog overrides in %1 cannot be read (%2) and were not applied. A copy was kept as %3; saving overrides will replace the broken file.</source>
        <translation>The model catalog overrides in %1 cannot be read (%2) and were not applied. A copy was kept as %3; saving overrides will replace the broken file.</translation>
    </message>
    <message>
        <source>No file was chosen for the model catalog overrides.</source>
        <translation>No file was chosen for the model catalog overrides.</translation>
    </message>
    <message>
        <source>The model catalog overrides in %1 could not be read or copied; they are not replaced.</source>
        <translation>The model catalog overrides in %1 could not be read or copied; they are not replaced.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the model catalog overrides %1: %2</source>
        <translation>Cannot write the model catalog overrides %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Manage provider profiles (shared with the Modelkit Playground window). Profiles never hold API keys: store those with &quot;modelkit key set NAME&quot;.</source>
        <translation>Manage provider profiles (shared with the Modelkit Playground window). Profiles never hold API keys: store those with &quot;modelkit key set NAME&quot;.</translation>
    </message>
    <message>
        <source>add, edit, list or remove.</source>
        <translation>add, edit, list or remove.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (case-insensitive).</source>
        <translation>The profile&apos;s name (case-insensitive).</translation>
    </message>
    <message>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <source>API kind: %1.</source>
        <translation>API kind: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>add: start from a ready-made profile: %1.</source>
        <translation>add: start from a ready-made profile: %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Base URL of the API (empty: the kind&apos;s default).</source>
        <translation>Base URL of the API (empty: the kind&apos;s default).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Default model (Azure: the deployment name).</source>
        <translation>Default model (Azure: the deployment name).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Azure api-version, Anthropic&apos;s anthropic-version or Gemini&apos;s API version.</source>
        <translation>Azure api-version, Anthropic&apos;s anthropic-version or Gemini&apos;s API version.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Extra HTTP header, repeatable; replaces a header of that name, an empty value removes it.</source>
        <translation>Extra HTTP header, repeatable; replaces a header of that name, an empty value removes it.</translation>
    </message>
    <message>
        <source>NAME:VALUE</source>
        <translation>NAME:VALUE</translation>
    </message>
    <message>
        <source>Environment variable to read the key from when the keychain has none (empty: the kind&apos;s usual variables).</source>
        <translation>Environment variable to read the key from when the keychain has none (empty: the kind&apos;s usual variables).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Allow HTTP/2.</source>
        <translation>Allow HTTP/2.</translation>
    </message>
    <message>
        <source>Do not use HTTP/2 (the default).</source>
        <translation>Do not use HTTP/2 (the default).</translation>
    </message>
    <message>
        <source>Answer repeated requests from the response cache (the window&apos;s cache switch; &quot;modelkit chat&quot; and &quot;compare&quot; then use the disk cache unless told otherwise with --cache or --no-cache).</source>
        <translation>Answer repeated requests from the response cache (the window&apos;s cache switch; &quot;modelkit chat&quot; and &quot;compare&quot; then use the disk cache unless told otherwise with --cache or --no-cache).</translation>
    </message>
    <message>
        <source>Always send requests to the provider (the default).</source>
        <translation>Always send requests to the provider (the default).</translation>
    </message>
    <message>
        <source>Total timeout of a call in seconds (default 600).</source>
        <translation>Total timeout of a call in seconds (default 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>edit: give the profile a new name.</source>
        <translation>edit: give the profile a new name.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>remove: leave the profile&apos;s key in the keychain.</source>
        <translation>remove: leave the profile&apos;s key in the keychain.</translation>
    </message>
    <message>
        <source>list: text (default) or json.</source>
        <translation>list: text (default) or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>profile needs an action: add, edit, list or remove</source>
        <translation>profile needs an action: add, edit, list or remove</translation>
    </message>
    <message>
        <source>unknown profile action &quot;%1&quot; (add, edit, list or remove)</source>
        <translation>unknown profile action &quot;%1&quot; (add, edit, list or remove)</translation>
    </message>
    <message>
        <source>--%1 does not apply to &quot;profile %2&quot;</source>
        <translation>--%1 does not apply to &quot;profile %2&quot;</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unexpected argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>profile %1 needs a profile name</source>
        <translation>profile %1 needs a profile name</translation>
    </message>
    <message>
        <source>--preset and --kind cannot be combined</source>
        <translation>--preset and --kind cannot be combined</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot; (known: %2)</source>
        <translation>unknown preset &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>profile add needs --kind (%1) or --preset (%2)</source>
        <translation>profile add needs --kind (%1) or --preset (%2)</translation>
    </message>
    <message>
        <source>Added profile %1.
</source>
        <translation>Added profile %1.
</translation>
    </message>
    <message>
        <source>Store its API key with: modelkit key set &quot;%1&quot;
</source>
        <translation>Store its API key with: modelkit key set &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Store its API key with: modelkit key set &quot;%1&quot; (or set %2)
</source>
        <translation>Store its API key with: modelkit key set &quot;%1&quot; (or set %2)
</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>there is no profile named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Updated profile %1.
</source>
        <translation>Updated profile %1.
</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output must be text or json</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with &quot;modelkit profile add NAME --kind KIND&quot; or &quot;modelkit profile add --preset ID&quot;.
</source>
        <translation>No profiles yet. Add one with &quot;modelkit profile add NAME --kind KIND&quot; or &quot;modelkit profile add --preset ID&quot;.
</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASE URL</translation>
    </message>
    <message>
        <source>KEY FROM</source>
        <translation>KEY FROM</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>keychain</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot;.
</source>
        <translation>Removed profile &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>the keychain could not be reached (%1): a key stored for &quot;%2&quot;, if any, is still there; remove it later with &quot;modelkit key remove %2&quot;</source>
        <translation>the keychain could not be reached (%1): a key stored for &quot;%2&quot;, if any, is still there; remove it later with &quot;modelkit key remove %2&quot;</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (known: %2)</source>
        <translation>unknown kind &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url &quot;%1&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; is not NAME:VALUE</source>
        <translation>--header &quot;%1&quot; is not NAME:VALUE</translation>
    </message>
    <message>
        <source>--http2 and --no-http2 cannot be combined</source>
        <translation>--http2 and --no-http2 cannot be combined</translation>
    </message>
    <message>
        <source>--cache-responses and --no-cache-responses cannot be combined</source>
        <translation>--cache-responses and --no-cache-responses cannot be combined</translation>
    </message>
    <message>
        <source>--timeout expects a whole number of seconds, at least 1</source>
        <translation>--timeout expects a whole number of seconds, at least 1</translation>
    </message>
    <message>
        <source>the key of &quot;%1&quot; could not be moved to &quot;%2&quot; in the keychain (%3); it is still stored under the old name</source>
        <translation>the key of &quot;%1&quot; could not be moved to &quot;%2&quot; in the keychain (%3); it is still stored under the old name</translation>
    </message>
    <message>
        <source>the keychain could not be reached (%1): a key stored for &quot;%2&quot;, if any, was not moved to &quot;%3&quot;; store it again with &quot;modelkit key set %3&quot;</source>
        <translation>the keychain could not be reached (%1): a key stored for &quot;%2&quot;, if any, was not moved to &quot;%3&quot;; store it again with &quot;modelkit key set %3&quot;</translation>
    </message>
    <message>
        <source>, responses cached</source>
        <translation>, responses cached</translation>
    </message>
</context>
<context>
    <name>ProviderOptions</name>
    <message>
        <source>Provider: openai, azure, compatible (any OpenAI-compatible server), anthropic, gemini, ollama, demo (offline, the GUI&apos;s Demo provider) or replay.</source>
        <translation>Provider: openai, azure, compatible (any OpenAI-compatible server), anthropic, gemini, ollama, demo (offline, the GUI&apos;s Demo provider) or replay.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use a stored provider profile (see &quot;modelkit profile&quot;) instead of --provider; options given with it override its settings.</source>
        <translation>Use a stored provider profile (see &quot;modelkit profile&quot;) instead of --provider; options given with it override its settings.</translation>
    </message>
    <message>
        <source>Base URL of the API (e.g. http://localhost:8000/v1).</source>
        <translation>Base URL of the API (e.g. http://localhost:8000/v1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Model name (Azure: the deployment name).</source>
        <translation>Model name (Azure: the deployment name).</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default: the provider&apos;s usual one: OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or GOOGLE_API_KEY, OLLAMA_API_KEY).</source>
        <translation>Environment variable holding the API key (default: the provider&apos;s usual one: OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or GOOGLE_API_KEY, OLLAMA_API_KEY).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Azure OpenAI api-version (default 2024-10-21); Anthropic&apos;s anthropic-version (default 2023-06-01); Gemini&apos;s API version (default v1beta).</source>
        <translation>Azure OpenAI api-version (default 2024-10-21); Anthropic&apos;s anthropic-version (default 2023-06-01); Gemini&apos;s API version (default v1beta).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Extra HTTP header, repeatable.</source>
        <translation>Extra HTTP header, repeatable.</translation>
    </message>
    <message>
        <source>NAME:VALUE</source>
        <translation>NAME:VALUE</translation>
    </message>
    <message>
        <source>Replay provider: JSON file of scripted responses.</source>
        <translation>Replay provider: JSON file of scripted responses.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Ollama: how long the model stays loaded (e.g. 5m).</source>
        <translation>Ollama: how long the model stays loaded (e.g. 5m).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Ollama: context window to load the model with.</source>
        <translation>Ollama: context window to load the model with.</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKENS</translation>
    </message>
    <message>
        <source>Retries on 408/409/429/5xx and connection errors (default 2).</source>
        <translation>Retries on 408/409/429/5xx and connection errors (default 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Total timeout in seconds (default 600).</source>
        <translation>Total timeout in seconds (default 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Fail when no byte arrives for this long (default 120).</source>
        <translation>Fail when no byte arrives for this long (default 120).</translation>
    </message>
    <message>
        <source>Allow HTTP/2 (off by default).</source>
        <translation>Allow HTTP/2 (off by default).</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot; is not an http(s) URL</source>
        <translation>--base-url &quot;%1&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>--header &quot;%1&quot; is not NAME:VALUE</source>
        <translation>--header &quot;%1&quot; is not NAME:VALUE</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative number</source>
        <translation>--%1 expects a non-negative number</translation>
    </message>
    <message>
        <source>--num-ctx expects a positive number of tokens</source>
        <translation>--num-ctx expects a positive number of tokens</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>no API key: set %1 (or choose another variable with --api-key-env)</source>
        <translation>no API key: set %1 (or choose another variable with --api-key-env)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>--provider azure needs --base-url (or AZURE_OPENAI_ENDPOINT)</source>
        <translation>--provider azure needs --base-url (or AZURE_OPENAI_ENDPOINT)</translation>
    </message>
    <message>
        <source>--provider compatible needs --base-url</source>
        <translation>--provider compatible needs --base-url</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (no profiles yet: create one with &quot;modelkit profile add&quot;)</source>
        <translation>there is no profile named &quot;%1&quot; (no profiles yet: create one with &quot;modelkit profile add&quot;)</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (known: %2)</source>
        <translation>there is no profile named &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profile &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the keychain holds no key for it (store one with &quot;modelkit key set %1&quot;)</source>
        <translation>the keychain holds no key for it (store one with &quot;modelkit key set %1&quot;)</translation>
    </message>
    <message>
        <source>the keychain is unavailable (%1)</source>
        <translation>the keychain is unavailable (%1)</translation>
    </message>
    <message>
        <source>the keychain refused to read it (%1)</source>
        <translation>the keychain refused to read it (%1)</translation>
    </message>
    <message>
        <source>no API key for profile &quot;%1&quot;: %2, and it names no environment variable (add one with &quot;modelkit profile edit %1 --key-env VAR&quot;)</source>
        <translation>no API key for profile &quot;%1&quot;: %2, and it names no environment variable (add one with &quot;modelkit profile edit %1 --key-env VAR&quot;)</translation>
    </message>
    <message>
        <source>no API key for profile &quot;%1&quot;: %2, and %3 is not set</source>
        <translation>no API key for profile &quot;%1&quot;: %2, and %3 is not set</translation>
    </message>
    <message>
        <source>--provider replay needs --replay-script FILE</source>
        <translation>--provider replay needs --replay-script FILE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: invalid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>--profile and --provider cannot be combined</source>
        <translation>--profile and --provider cannot be combined</translation>
    </message>
    <message>
        <source>--provider is required (%1), or --profile NAME</source>
        <translation>--provider is required (%1), or --profile NAME</translation>
    </message>
    <message>
        <source>unknown demo model &quot;%1&quot; (known: %2)</source>
        <translation>unknown demo model &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot; (known: %2)</source>
        <translation>unknown provider &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>the conversation names no provider: give --provider (%1) or --profile NAME</source>
        <translation>the conversation names no provider: give --provider (%1) or --profile NAME</translation>
    </message>
    <message>
        <source>the %1 provider sends no HTTP request: choose another with --provider or --profile</source>
        <translation>the %1 provider sends no HTTP request: choose another with --provider or --profile</translation>
    </message>
    <message>
        <source>Fail a reply larger than this many MB instead of reading on (default 256; 0 = no limit).</source>
        <translation>Fail a reply larger than this many MB instead of reading on (default 256; 0 = no limit).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Fail a streamed event or line larger than this many MB (default 64; 0 = only the reply limit).</source>
        <translation>Fail a streamed event or line larger than this many MB (default 64; 0 = only the reply limit).</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative number of megabytes</source>
        <translation>--%1 expects a non-negative number of megabytes</translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>JSON file with the request: a modelkit conversation, {&quot;messages&quot;: [...], &quot;tools&quot;: ..., &quot;parameters&quot;: ...} or a list of messages in AutoGen&apos;s field names, an OpenAI messages array or Chat Completions body, or an Anthropic Messages body (see &quot;modelkit import&quot;).</source>
        <translation>JSON file with the request: a modelkit conversation, {&quot;messages&quot;: [...], &quot;tools&quot;: ..., &quot;parameters&quot;: ...} or a list of messages in AutoGen&apos;s field names, an OpenAI messages array or Chat Completions body, or an Anthropic Messages body (see &quot;modelkit import&quot;).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>System message (placed first).</source>
        <translation>System message (placed first).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>User message, repeatable; appended in order.</source>
        <translation>User message, repeatable; appended in order.</translation>
    </message>
    <message>
        <source>JSON file with a list of tools: {name, description, parameters} or OpenAI&apos;s {type: &quot;function&quot;, function: {...}}.</source>
        <translation>JSON file with a list of tools: {name, description, parameters} or OpenAI&apos;s {type: &quot;function&quot;, function: {...}}.</translation>
    </message>
    <message>
        <source>auto, required, none or a tool name.</source>
        <translation>auto, required, none or a tool name.</translation>
    </message>
    <message>
        <source>CHOICE</source>
        <translation>CHOICE</translation>
    </message>
    <message>
        <source>Ask for a JSON object reply.</source>
        <translation>Ask for a JSON object reply.</translation>
    </message>
    <message>
        <source>JSON file with {name, schema, strict} or a bare JSON Schema for structured output.</source>
        <translation>JSON file with {name, schema, strict} or a bare JSON Schema for structured output.</translation>
    </message>
    <message>
        <source>Parameter KEY=VALUE, repeatable (temperature, top_p, max_tokens, seed, stop, reasoning_effort…; VALUE is JSON or text). Unknown keys go into the request body as they are.</source>
        <translation>Parameter KEY=VALUE, repeatable (temperature, top_p, max_tokens, seed, stop, reasoning_effort…; VALUE is JSON or text). Unknown keys go into the request body as they are.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: invalid JSON at offset %2: %3</source>
        <translation>%1: invalid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1: $: expected a list of tools</source>
        <translation>%1: $: expected a list of tools</translation>
    </message>
    <message>
        <source>use either --json or --json-schema, not both</source>
        <translation>use either --json or --json-schema, not both</translation>
    </message>
    <message>
        <source>%1: $: expected a JSON Schema or {&quot;name&quot;, &quot;schema&quot;}</source>
        <translation>%1: $: expected a JSON Schema or {&quot;name&quot;, &quot;schema&quot;}</translation>
    </message>
    <message>
        <source>--param &quot;%1&quot; is not KEY=VALUE</source>
        <translation>--param &quot;%1&quot; is not KEY=VALUE</translation>
    </message>
    <message>
        <source>--param %1: %2</source>
        <translation>--param %1: %2</translation>
    </message>
    <message>
        <source>nothing to send: give --user TEXT or --request FILE</source>
        <translation>nothing to send: give --user TEXT or --request FILE</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>[image %1]</source>
        <translation>[image %1]</translation>
    </message>
    <message>
        <source>[image %1, %2 bytes]</source>
        <translation>[image %1, %2 bytes]</translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation>of unknown type</translation>
    </message>
    <message>
        <source>%1(%2)  id %3
</source>
        <translation>%1(%2)  id %3
</translation>
    </message>
    <message>
        <source>%1 (a message type this version does not know; kept as is)
</source>
        <translation>%1 (a message type this version does not know; kept as is)
</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source> (source %1)</source>
        <translation> (source %1)</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source> · function calls</source>
        <translation> · function calls</translation>
    </message>
    <message>
        <source>[thought] %1</source>
        <translation>[thought] %1</translation>
    </message>
    <message>
        <source>tool results</source>
        <translation>tool results</translation>
    </message>
    <message>
        <source>%1 (%2) failed:</source>
        <translation>%1 (%2) failed:</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>[%1, kept as is]</source>
        <translation>[%1, kept as is]</translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation> (profile %1)</translation>
    </message>
    <message>
        <source>streamed</source>
        <translation>streamed</translation>
    </message>
    <message>
        <source>not streamed</source>
        <translation>not streamed</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>cached</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens%3</source>
        <translation>%1 prompt + %2 completion tokens%3</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>cost unknown</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>first token %1 ms</translation>
    </message>
    <message>
        <source>total %1 ms</source>
        <translation>total %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>Conversation (untitled)
</source>
        <translation>Conversation (untitled)
</translation>
    </message>
    <message>
        <source>Conversation &quot;%1&quot;
</source>
        <translation>Conversation &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>id %1 · created %2 · updated %3</source>
        <translation>id %1 · created %2 · updated %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profile %1</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>provider %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>model %1</translation>
    </message>
    <message>
        <source>tools %1</source>
        <translation>tools %1</translation>
    </message>
    <message>
        <source>tool_choice %1</source>
        <translation>tool_choice %1</translation>
    </message>
    <message>
        <source>output JSON object</source>
        <translation>output JSON object</translation>
    </message>
    <message>
        <source>output JSON schema &quot;%1&quot;</source>
        <translation>output JSON schema &quot;%1&quot;</translation>
    </message>
    <message>
        <source>parameters %1</source>
        <translation>parameters %1</translation>
    </message>
    <message>
        <source>extra_create_args %1</source>
        <translation>extra_create_args %1</translation>
    </message>
    <message>
        <source>No messages.
</source>
        <translation>No messages.
</translation>
    </message>
    <message>
        <source>Runs (%1):
</source>
        <translation>Runs (%1):
</translation>
    </message>
    <message>
        <source>Print a conversation for reading.</source>
        <translation>Print a conversation for reading.</translation>
    </message>
    <message>
        <source>The conversation (any format &quot;modelkit import&quot; reads).</source>
        <translation>The conversation (any format &quot;modelkit import&quot; reads).</translation>
    </message>
    <message>
        <source>show takes exactly one FILE</source>
        <translation>show takes exactly one FILE</translation>
    </message>
</context>
<context>
    <name>UsageCommand</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 + unknown (%2 unpriced)</source>
        <translation>%1 + unknown (%2 unpriced)</translation>
    </message>
    <message>
        <source>CALLS</source>
        <translation>CALLS</translation>
    </message>
    <message>
        <source>PROMPT</source>
        <translation>PROMPT</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>CACHED</translation>
    </message>
    <message>
        <source>COMPLETION</source>
        <translation>COMPLETION</translation>
    </message>
    <message>
        <source>REASONING</source>
        <translation>REASONING</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COST</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Show the tokens and cost of the calls recorded by modelkit chat and the Modelkit Playground window.</source>
        <translation>Show the tokens and cost of the calls recorded by modelkit chat and the Modelkit Playground window.</translation>
    </message>
    <message>
        <source>Only calls on or after this day.</source>
        <translation>Only calls on or after this day.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only calls on or before this day.</source>
        <translation>Only calls on or before this day.</translation>
    </message>
    <message>
        <source>Group by model (default), day, profile or provider.</source>
        <translation>Group by model (default), day, profile or provider.</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>CSV: one line per call (with --by: per group), with a header line.</source>
        <translation>CSV: one line per call (with --by: per group), with a header line.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (default) or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--since must be a date such as 2026-01-31</source>
        <translation>--since must be a date such as 2026-01-31</translation>
    </message>
    <message>
        <source>--until must be a date such as 2026-01-31</source>
        <translation>--until must be a date such as 2026-01-31</translation>
    </message>
    <message>
        <source>--by must be model, day, profile or provider</source>
        <translation>--by must be model, day, profile or provider</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output must be text or json</translation>
    </message>
    <message>
        <source>--csv and --output json cannot be combined</source>
        <translation>--csv and --output json cannot be combined</translation>
    </message>
    <message>
        <source>No calls recorded (%1).
</source>
        <translation>No calls recorded (%1).
</translation>
    </message>
</context>
<context>
    <name>modelkit::CallError</name>
    <message>
        <source>the server redirected the request to %1; redirects are not followed for model requests, check the base URL</source>
        <translation>the server redirected the request to %1; redirects are not followed for model requests, check the base URL</translation>
    </message>
</context>
<context>
    <name>modelkit::CatalogEntry</name>
    <message>
        <source>the model has no id</source>
        <translation>the model has no id</translation>
    </message>
    <message>
        <source>%1: token limits must not be negative</source>
        <translation>%1: token limits must not be negative</translation>
    </message>
</context>
<context>
    <name>modelkit::ClientFactory</name>
    <message>
        <source>no HTTP transport to create a client with</source>
        <translation>no HTTP transport to create a client with</translation>
    </message>
    <message>
        <source>%1 needs an API key (profile &quot;%2&quot;)</source>
        <translation>%1 needs an API key (profile &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 needs an API key (profile &quot;%2&quot;; e.g. from %3)</source>
        <translation>%1 needs an API key (profile &quot;%2&quot;; e.g. from %3)</translation>
    </message>
    <message>
        <source>unknown provider kind</source>
        <translation>unknown provider kind</translation>
    </message>
</context>
<context>
    <name>modelkit::CodeExport</name>
    <message>
        <source>the request would carry the key outside its headers; it cannot be copied as code</source>
        <translation>the request would carry the key outside its headers; it cannot be copied as code</translation>
    </message>
</context>
<context>
    <name>modelkit::Comparison</name>
    <message>
        <source>the comparison is running</source>
        <translation>the comparison is running</translation>
    </message>
    <message>
        <source>a comparison needs 1 to %1 lanes</source>
        <translation>a comparison needs 1 to %1 lanes</translation>
    </message>
    <message>
        <source>no way to make the lanes&apos; clients was given</source>
        <translation>no way to make the lanes&apos; clients was given</translation>
    </message>
    <message>
        <source>two lanes have the id &quot;%1&quot;</source>
        <translation>two lanes have the id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the client could not be made</source>
        <translation>the client could not be made</translation>
    </message>
</context>
<context>
    <name>modelkit::DemoClient</name>
    <message>
        <source>Demo reasoner (offline)</source>
        <translation>Demo reasoner (offline)</translation>
    </message>
    <message>
        <source>Demo fast (offline)</source>
        <translation>Demo fast (offline)</translation>
    </message>
    <message>
        <source>The Demo provider&apos;s scripted replies could not be read (%1).</source>
        <translation>The Demo provider&apos;s scripted replies could not be read (%1).</translation>
    </message>
    <message>
        <source>The Demo provider has no model &quot;%1&quot;; it offers %2 and %3.</source>
        <translation>The Demo provider has no model &quot;%1&quot;; it offers %2 and %3.</translation>
    </message>
</context>
<context>
    <name>modelkit::HttpCall</name>
    <message>
        <source>the connection closed after %1 of the %2 bytes of the reply</source>
        <translation>the connection closed after %1 of the %2 bytes of the reply</translation>
    </message>
</context>
<context>
    <name>modelkit::HttpCompletionJob</name>
    <message>
        <source>the server answered with a web page instead of the API&apos;s reply (a proxy or login page, or a wrong base URL?): %1</source>
        <translation>the server answered with a web page instead of the API&apos;s reply (a proxy or login page, or a wrong base URL?): %1</translation>
    </message>
</context>
<context>
    <name>modelkit::KeychainSecretStore</name>
    <message>
        <source>no keychain service is available</source>
        <translation>no keychain service is available</translation>
    </message>
    <message>
        <source>the keychain refused the request</source>
        <translation>the keychain refused the request</translation>
    </message>
</context>
<context>
    <name>modelkit::ModelPrice</name>
    <message>
        <source>the %1 price must be a non-negative number</source>
        <translation>the %1 price must be a non-negative number</translation>
    </message>
</context>
<context>
    <name>modelkit::OllamaResponseReader</name>
    <message>
        <source>a stream line exceeded %1 MB</source>
        <translation>a stream line exceeded %1 MB</translation>
    </message>
</context>
<context>
    <name>modelkit::ProfileStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private to its owner</source>
        <translation>cannot make %1 private to its owner</translation>
    </message>
    <message>
        <source>%1: %2 (a copy was kept as %3)</source>
        <translation>%1: %2 (a copy was kept as %3)</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>there is no profile named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the profile name &quot;%1&quot; starts or ends with a space</source>
        <translation>the profile name &quot;%1&quot; starts or ends with a space</translation>
    </message>
    <message>
        <source>the profile name contains control characters</source>
        <translation>the profile name contains control characters</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>a profile named &quot;%1&quot; already exists</translation>
    </message>
    <message>
        <source>the profiles are not changed because the file could not be read: %1</source>
        <translation>the profiles are not changed because the file could not be read: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>modelkit::ProviderKinds</name>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-compatible</translation>
    </message>
</context>
<context>
    <name>modelkit::ProviderProfile</name>
    <message>
        <source>the profile has no name</source>
        <translation>the profile has no name</translation>
    </message>
    <message>
        <source>Azure OpenAI needs a base URL (https://RESOURCE.openai.azure.com)</source>
        <translation>Azure OpenAI needs a base URL (https://RESOURCE.openai.azure.com)</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server needs a base URL (e.g. http://localhost:8000/v1)</source>
        <translation>an OpenAI-compatible server needs a base URL (e.g. http://localhost:8000/v1)</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL</source>
        <translation>the base URL &quot;%1&quot; is not an http(s) URL</translation>
    </message>
    <message>
        <source>the timeout must be at least one second</source>
        <translation>the timeout must be at least one second</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid HTTP header name</source>
        <translation>&quot;%1&quot; is not a valid HTTP header name</translation>
    </message>
    <message>
        <source>the value of header %1 contains a line break</source>
        <translation>the value of header %1 contains a line break</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name</source>
        <translation>&quot;%1&quot; is not a valid environment variable name</translation>
    </message>
    <message>
        <source>%1 (environment)</source>
        <translation>%1 (environment)</translation>
    </message>
</context>
<context>
    <name>modelkit::SecretStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform>
            <numerusform>the keychain did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modelkit::SseResponseReader</name>
    <message>
        <source>a stream event exceeded %1 MB</source>
        <translation>a stream event exceeded %1 MB</translation>
    </message>
</context>
<context>
    <name>modelkit::UsageLedger</name>
    <message>
        <source>cannot read</source>
        <translation>cannot read</translation>
    </message>
    <message>
        <source>usage ledger %1: %2: %3</source>
        <translation>usage ledger %1: %2: %3</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>cannot open</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>cannot read the schema version</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program&apos;s %2</source>
        <translation>schema version %1 is newer than this program&apos;s %2</translation>
    </message>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>cannot migrate from schema version %1</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>cannot write</translation>
    </message>
</context>
<context>
    <name>playground::BudgetGuard</name>
    <message>
        <source>Today&apos;s spending (%1) has reached the daily budget of %2.</source>
        <translation>Today&apos;s spending (%1) has reached the daily budget of %2.</translation>
    </message>
    <message>
        <source>This month&apos;s spending (%1) has reached the monthly budget of %2.</source>
        <translation>This month&apos;s spending (%1) has reached the monthly budget of %2.</translation>
    </message>
    <message>
        <source>This request (about %1) would take today&apos;s spending to %2, over the daily budget of %3.</source>
        <translation>This request (about %1) would take today&apos;s spending to %2, over the daily budget of %3.</translation>
    </message>
    <message>
        <source>This request (about %1) would take this month&apos;s spending to %2, over the monthly budget of %3.</source>
        <translation>This request (about %1) would take this month&apos;s spending to %2, over the monthly budget of %3.</translation>
    </message>
</context>
<context>
    <name>playground::CacheSection</name>
    <message>
        <source>Use the response &amp;cache</source>
        <translation>Use the response &amp;cache</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>A request identical to an earlier one (messages, tools, tool choice, output format, every parameter, provider and model) is answered from the local disk cache: instantly, marked &quot;cached&quot;, and free in the actual usage. Remembered per provider profile.</source>
        <translation>A request identical to an earlier one (messages, tools, tool choice, output format, every parameter, provider and model) is answered from the local disk cache: instantly, marked &quot;cached&quot;, and free in the actual usage. Remembered per provider profile.</translation>
    </message>
    <message>
        <source>Delete every stored reply</source>
        <translation>Delete every stored reply</translation>
    </message>
    <message>
        <source>Clear the response cache</source>
        <translation>Clear the response cache</translation>
    </message>
    <message>
        <source>Delete every stored reply? Later requests go to the provider again.</source>
        <translation>Delete every stored reply? Later requests go to the provider again.</translation>
    </message>
    <message>
        <source>Cache error: %1</source>
        <translation>Cache error: %1</translation>
    </message>
    <message>
        <source>%1 · %2 stored, %3 · this session: %4 hits, %5 misses</source>
        <translation>%1 · %2 stored, %3 · this session: %4 hits, %5 misses</translation>
    </message>
</context>
<context>
    <name>playground::CompareDiffView</name>
    <message>
        <source>S&amp;wap</source>
        <translation>S&amp;wap</translation>
    </message>
    <message>
        <source>First reply</source>
        <translation>First reply</translation>
    </message>
    <message>
        <source>Words only in this reply are shown struck through</source>
        <translation>Words only in this reply are shown struck through</translation>
    </message>
    <message>
        <source>Words only in this reply are shown struck through, in red</source>
        <translation>Words only in this reply are shown struck through, in red</translation>
    </message>
    <message>
        <source>Second reply</source>
        <translation>Second reply</translation>
    </message>
    <message>
        <source>Words only in this reply are shown highlighted</source>
        <translation>Words only in this reply are shown highlighted</translation>
    </message>
    <message>
        <source>Words only in this reply are shown highlighted in green</source>
        <translation>Words only in this reply are shown highlighted in green</translation>
    </message>
    <message>
        <source>Swap replies</source>
        <translation>Swap replies</translation>
    </message>
    <message>
        <source>Swap the two replies</source>
        <translation>Swap the two replies</translation>
    </message>
    <message>
        <source>Word differences</source>
        <translation>Word differences</translation>
    </message>
    <message>
        <source>A word diff needs two replies</source>
        <translation>A word diff needs two replies</translation>
    </message>
    <message>
        <source>Too different for a word diff; showing whole replies</source>
        <translation>Too different for a word diff; showing whole replies</translation>
    </message>
    <message>
        <source>Both replies are empty</source>
        <translation>Both replies are empty</translation>
    </message>
    <message>
        <source>The replies are identical</source>
        <translation>The replies are identical</translation>
    </message>
    <message>
        <source>The replies differ only in whitespace</source>
        <translation>The replies differ only in whitespace</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) removed, %1 added; %2% unchanged</source>
        <translation>
            <numerusform>%n word removed, %1 added; %2% unchanged</numerusform>
            <numerusform>%n words removed, %1 added; %2% unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>playground::CompareLaneView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Parameter overrides, system prompt, cache and queueing of this lane</source>
        <translation>Parameter overrides, system prompt, cache and queueing of this lane</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop this lane only</source>
        <translation>Stop this lane only</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this lane</source>
        <translation>Remove this lane</translation>
    </message>
    <message>
        <source>Time to first token</source>
        <translation>Time to first token</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens per second</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Total time</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation>Finish reason</translation>
    </message>
    <message>
        <source>Spread over the attempts</source>
        <translation>Spread over the attempts</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspect</translation>
    </message>
    <message>
        <source>Show this attempt&apos;s result, timings and HTTP exchange in the Inspector</source>
        <translation>Show this attempt&apos;s result, timings and HTTP exchange in the Inspector</translation>
    </message>
    <message>
        <source>Continue with this reply</source>
        <translation>Continue with this reply</translation>
    </message>
    <message>
        <source>Add this reply to the conversation, switch to this lane&apos;s provider, model and settings, and go back to the chat</source>
        <translation>Add this reply to the conversation, switch to this lane&apos;s provider, model and settings, and go back to the chat</translation>
    </message>
    <message>
        <source>Provider of this lane</source>
        <translation>Provider of this lane</translation>
    </message>
    <message>
        <source>Model of this lane</source>
        <translation>Model of this lane</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Default model</translation>
    </message>
    <message>
        <source>Lane state</source>
        <translation>Lane state</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>First token</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Attempt shown</source>
        <translation>Attempt shown</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Demo (offline)</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Reply of lane %1</source>
        <translation>Reply of lane %1</translation>
    </message>
    <message>
        <source>Lane %1: %2</source>
        <translation>Lane %1: %2</translation>
    </message>
    <message>
        <source>no system message</source>
        <translation>no system message</translation>
    </message>
    <message>
        <source>own system prompt</source>
        <translation>own system prompt</translation>
    </message>
    <message>
        <source>cache on</source>
        <translation>cache on</translation>
    </message>
    <message>
        <source>cache off</source>
        <translation>cache off</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Running attempt %1 of %2</source>
        <translation>Running attempt %1 of %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Stopped; what arrived is kept</source>
        <translation>Stopped; what arrived is kept</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>fastest</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>cheapest</translation>
    </message>
    <message>
        <source>longest</source>
        <translation>longest</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Attempt %1 of %2</translation>
    </message>
    <message>
        <source>%1 each · %2 in all</source>
        <translation>%1 each · %2 in all</translation>
    </message>
    <message>
        <source>%1 in · %2 out (reasoning %3, cached %4)</source>
        <translation>%1 in · %2 out (reasoning %3, cached %4)</translation>
    </message>
    <message>
        <source>%1 attempts: %2 succeeded, %3 failed, %4 stopped</source>
        <translation>%1 attempts: %2 succeeded, %3 failed, %4 stopped</translation>
    </message>
    <message>
        <source>total %1 to %2</source>
        <translation>total %1 to %2</translation>
    </message>
    <message>
        <source>answers differ (%1 different)</source>
        <translation>answers differ (%1 different)</translation>
    </message>
    <message>
        <source>the same answer every time</source>
        <translation>the same answer every time</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>cached</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>%1 in (cached %2) · %3 out (reasoning %4)</source>
        <translation>%1 in (cached %2) · %3 out (reasoning %4)</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>streaming…</translation>
    </message>
    <message>
        <source>≈ %1 out so far</source>
        <translation>≈ %1 out so far</translation>
    </message>
</context>
<context>
    <name>playground::ComparePanel</name>
    <message>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <source>Add a lane (at most %1)</source>
        <translation>Add a lane (at most %1)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>&amp;Diff</translation>
    </message>
    <message>
        <source>Compare the replies of two lanes word by word</source>
        <translation>Compare the replies of two lanes word by word</translation>
    </message>
    <message>
        <source>Stop All</source>
        <translation>Stop All</translation>
    </message>
    <message>
        <source>Stop every lane (Esc)</source>
        <translation>Stop every lane (Esc)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open a saved comparison</source>
        <translation>Open a saved comparison</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save every lane&apos;s request and results as a JSON file</source>
        <translation>Save every lane&apos;s request and results as a JSON file</translation>
    </message>
    <message>
        <source>Attempts per lane</source>
        <translation>Attempts per lane</translation>
    </message>
    <message>
        <source>Run each lane this many times, one after the other, to see how much latency, cost and the answers vary</source>
        <translation>Run each lane this many times, one after the other, to see how much latency, cost and the answers vary</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Scroll every lane&apos;s reply together</source>
        <translation>Scroll every lane&apos;s reply together</translation>
    </message>
    <message>
        <source>Sync scrolling</source>
        <translation>Sync scrolling</translation>
    </message>
    <message>
        <source>A comparison is running; stop it first.</source>
        <translation>A comparison is running; stop it first.</translation>
    </message>
    <message>
        <source>Reading API keys from the keychain…</source>
        <translation>Reading API keys from the keychain…</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %1, which takes %n request(s) at a time</source>
        <translation>
            <numerusform>waiting for %1, which takes %n request at a time</numerusform>
            <numerusform>waiting for %1, which takes %n requests at a time</numerusform>
        </translation>
    </message>
    <message>
        <source>Each lane sends the conversation on the left with its own provider, model and settings. Press Ctrl+Enter to run them all.</source>
        <translation>Each lane sends the conversation on the left with its own provider, model and settings. Press Ctrl+Enter to run them all.</translation>
    </message>
    <message>
        <source>Running: %1 of %2 lanes done</source>
        <translation>Running: %1 of %2 lanes done</translation>
    </message>
    <message>
        <source>%1 lanes: %2 succeeded, %3 failed, %4 stopped</source>
        <translation>%1 lanes: %2 succeeded, %3 failed, %4 stopped</translation>
    </message>
    <message>
        <source>cost unknown (no price in the catalog)</source>
        <translation>cost unknown (no price in the catalog)</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 in all</translation>
    </message>
    <message>
        <source>%1 in all, plus lanes without a price</source>
        <translation>%1 in all, plus lanes without a price</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The profile “%1” of lane %2 no longer exists; the reply was not added.</source>
        <translation>The profile “%1” of lane %2 no longer exists; the reply was not added.</translation>
    </message>
    <message>
        <source>The conversation changed since lane %1 ran; its reply was not added. Send again to compare the current conversation.</source>
        <translation>The conversation changed since lane %1 ran; its reply was not added. Send again to compare the current conversation.</translation>
    </message>
    <message>
        <source>Lane %1&apos;s reply was added to the conversation; %2 is selected.</source>
        <translation>Lane %1&apos;s reply was added to the conversation; %2 is selected.</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Save Comparison</translation>
    </message>
    <message>
        <source>Comparisons (*.json)</source>
        <translation>Comparisons (*.json)</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Open Comparison</translation>
    </message>
    <message>
        <source>Comparisons (*.json);;All files (*)</source>
        <translation>Comparisons (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>The comparison could not be saved: %1</translation>
    </message>
    <message>
        <source>The comparison could not be opened: %1</source>
        <translation>The comparison could not be opened: %1</translation>
    </message>
    <message>
        <source>The file has no lanes.</source>
        <translation>The file has no lanes.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <source>A saved comparison from %1 (%2 messages sent). Send runs these lanes again with the conversation on the left.</source>
        <translation>A saved comparison from %1 (%2 messages sent). Send runs these lanes again with the conversation on the left.</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;epeat:</translation>
    </message>
</context>
<context>
    <name>playground::ComposerPanel</name>
    <message>
        <source>The conversation is empty. Add a system or user message below.</source>
        <translation>The conversation is empty. Add a system or user message below.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Estimated prompt tokens of the whole request (messages and tools) against the model&apos;s context window</source>
        <translation>Estimated prompt tokens of the whole request (messages and tools) against the model&apos;s context window</translation>
    </message>
    <message>
        <source>+ System</source>
        <translation>+ System</translation>
    </message>
    <message>
        <source>Add a system message</source>
        <translation>Add a system message</translation>
    </message>
    <message>
        <source>+ User</source>
        <translation>+ User</translation>
    </message>
    <message>
        <source>Add a user message (Ctrl+Shift+U)</source>
        <translation>Add a user message (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>+ Assistant</source>
        <translation>+ Assistant</translation>
    </message>
    <message>
        <source>Add an assistant message</source>
        <translation>Add an assistant message</translation>
    </message>
    <message>
        <source>+ Tool result</source>
        <translation>+ Tool result</translation>
    </message>
    <message>
        <source>Add a tool result message</source>
        <translation>Add a tool result message</translation>
    </message>
    <message>
        <source>~%1 of %2 tokens (%3%)</source>
        <translation>~%1 of %2 tokens (%3%)</translation>
    </message>
    <message>
        <source>~%1 tokens (context window unknown)</source>
        <translation>~%1 tokens (context window unknown)</translation>
    </message>
    <message>
        <source>— exceeds the context window</source>
        <translation>— exceeds the context window</translation>
    </message>
</context>
<context>
    <name>playground::ConversationFileActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a conversation: a Modelkit file, an OpenAI or Anthropic request body, a messages array or AutoGen messages</source>
        <translation>Open a conversation: a Modelkit file, an OpenAI or Anthropic request body, a messages array or AutoGen messages</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>Open conversation</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the conversation with its runs as a Modelkit JSON file</source>
        <translation>Save the conversation with its runs as a Modelkit JSON file</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Export conversation</translation>
    </message>
    <message>
        <source>Modelkit conversation (*.json)</source>
        <translation>Modelkit conversation (*.json)</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copy as &amp;curl</translation>
    </message>
    <message>
        <source>Copy as &amp;Python (autogen-ext)</source>
        <translation>Copy as &amp;Python (autogen-ext)</translation>
    </message>
    <message>
        <source>Copy Request &amp;Body (JSON)</source>
        <translation>Copy Request &amp;Body (JSON)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Could not export to %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>The Demo provider runs offline and has no HTTP request to copy. Choose a provider profile first.</source>
        <translation>The Demo provider runs offline and has no HTTP request to copy. Choose a provider profile first.</translation>
    </message>
    <message>
        <source>Could not copy the request: %1</source>
        <translation>Could not copy the request: %1</translation>
    </message>
    <message>
        <source>Copied as %1</source>
        <translation>Copied as %1</translation>
    </message>
    <message>
        <source>Copied as %1; it reads the key from $%2</source>
        <translation>Copied as %1; it reads the key from $%2</translation>
    </message>
</context>
<context>
    <name>playground::ConversationLibrary</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Untitled conversation</translation>
    </message>
    <message>
        <source>conversation index %1: %2</source>
        <translation>conversation index %1: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the conversations folder %1</source>
        <translation>cannot create the conversations folder %1</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>the integrity check failed</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: not valid JSON at offset %2: %3</translation>
    </message>
    <message>
        <source>%1: not a readable conversation: %2</source>
        <translation>%1: not a readable conversation: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot save a conversation with the id &quot;%1&quot;</source>
        <translation>cannot save a conversation with the id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation id</source>
        <translation>&quot;%1&quot; is not a conversation id</translation>
    </message>
    <message>
        <source>no saved conversation %1 (%2 does not exist)</source>
        <translation>no saved conversation %1 (%2 does not exist)</translation>
    </message>
    <message>
        <source>cannot create the trash folder %1</source>
        <translation>cannot create the trash folder %1</translation>
    </message>
    <message>
        <source>cannot move %1 to the trash: %2</source>
        <translation>cannot move %1 to the trash: %2</translation>
    </message>
    <message>
        <source>conversation %1 is not in the trash</source>
        <translation>conversation %1 is not in the trash</translation>
    </message>
    <message>
        <source>cannot restore conversation %1: %2 exists</source>
        <translation>cannot restore conversation %1: %2 exists</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>cannot restore %1: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>playground::CostTimeChart</name>
    <message>
        <source>Cost (USD)</source>
        <translation>Cost (USD)</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Cost per month</translation>
    </message>
    <message>
        <source>Cost per day</source>
        <translation>Cost per day</translation>
    </message>
    <message>
        <source>%1 points; highest %2</source>
        <translation>%1 points; highest %2</translation>
    </message>
</context>
<context>
    <name>playground::HistoryModel</name>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation>Cannot be opened: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Last changed %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>playground::HistoryPanel</name>
    <message>
        <source>Search conversations</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>Titles and message text; words match as you type them</source>
        <translation>Titles and message text; words match as you type them</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Bring back the conversation deleted last</source>
        <translation>Bring back the conversation deleted last</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>Saved conversations</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Could not rename the conversation: %1</source>
        <translation>Could not rename the conversation: %1</translation>
    </message>
    <message>
        <source>No conversation library is open.</source>
        <translation>No conversation library is open.</translation>
    </message>
    <message>
        <source>The saved conversations could not be read: %1</source>
        <translation>The saved conversations could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved conversations yet.</source>
        <translation>No saved conversations yet.</translation>
    </message>
    <message>
        <source>No conversation matches “%1”.</source>
        <translation>No conversation matches “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” cannot be opened: %2</translation>
    </message>
    <message>
        <source>Could not duplicate the conversation: %1</source>
        <translation>Could not duplicate the conversation: %1</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>Could not delete “%1”: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>Could not restore the conversation: %1</source>
        <translation>Could not restore the conversation: %1</translation>
    </message>
</context>
<context>
    <name>playground::ImageStrip</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Unreadable image</source>
        <translation>Unreadable image</translation>
    </message>
    <message>
        <source>%1 × %2 %3, %4 KB</source>
        <translation>%1 × %2 %3, %4 KB</translation>
    </message>
    <message>
        <source>Remove this image</source>
        <translation>Remove this image</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Remove image</translation>
    </message>
</context>
<context>
    <name>playground::InspectorPanel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(%1 characters)</source>
        <translation>(%1 characters)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Logprobs</source>
        <translation>Logprobs</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Timings</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Copy as JSON</translation>
    </message>
    <message>
        <source>Copy the CreateResult as JSON</source>
        <translation>Copy the CreateResult as JSON</translation>
    </message>
    <message>
        <source>No log probabilities in this result.
Turn on “logprobs” in the parameters (where the provider supports it) to see how sure the model was of each token.</source>
        <translation>No log probabilities in this result.
Turn on “logprobs” in the parameters (where the provider supports it) to see how sure the model was of each token.</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>Sent at:</translation>
    </message>
    <message>
        <source>Time to first byte:</source>
        <translation>Time to first byte:</translation>
    </message>
    <message>
        <source>Time to first token:</source>
        <translation>Time to first token:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Tokens per second:</source>
        <translation>Tokens per second:</translation>
    </message>
    <message>
        <source>Attempts:</source>
        <translation>Attempts:</translation>
    </message>
    <message>
        <source>Copy headers</source>
        <translation>Copy headers</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Copy body</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copy URL</translation>
    </message>
    <message>
        <source>Copy the URL</source>
        <translation>Copy the URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Copy the request headers (secrets stay redacted)</source>
        <translation>Copy the request headers (secrets stay redacted)</translation>
    </message>
    <message>
        <source>Copy the request body</source>
        <translation>Copy the request body</translation>
    </message>
    <message>
        <source>Copy the response headers</source>
        <translation>Copy the response headers</translation>
    </message>
    <message>
        <source>Copy the response body as received</source>
        <translation>Copy the response body as received</translation>
    </message>
    <message>
        <source>No run selected — send a request to inspect it here.</source>
        <translation>No run selected — send a request to inspect it here.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>(when the run ends)</source>
        <translation>(when the run ends)</translation>
    </message>
    <message>
        <source>(running)</source>
        <translation>(running)</translation>
    </message>
    <message>
        <source>%1 × FunctionCall</source>
        <translation>%1 × FunctionCall</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens (local estimate: the provider reported no usage)</source>
        <translation>%1 prompt + %2 completion tokens (local estimate: the provider reported no usage)</translation>
    </message>
    <message>
        <source>unknown (no price for this model in the catalog)</source>
        <translation>unknown (no price for this model in the catalog)</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>array of %1</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (running)</translation>
    </message>
    <message>
        <source>Retries: %1</source>
        <translation>Retries: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>no response</translation>
    </message>
    <message>
        <source>(after waiting %1)</source>
        <translation>(after waiting %1)</translation>
    </message>
    <message>
        <source>%1 — shown as received (too large to pretty-print).</source>
        <translation>%1 — shown as received (too large to pretty-print).</translation>
    </message>
    <message>
        <source>The %1 provider answers on this computer: nothing was sent over HTTP. Below is the request modelkit handed to it (CompletionRequest JSON).</source>
        <translation>The %1 provider answers on this computer: nothing was sent over HTTP. Below is the request modelkit handed to it (CompletionRequest JSON).</translation>
    </message>
    <message>
        <source>No HTTP request</source>
        <translation>No HTTP request</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>Waiting for the run to finish…</source>
        <translation>Waiting for the run to finish…</translation>
    </message>
    <message>
        <source>The %1 provider answers on this computer: there is no HTTP response. The Result tab shows what it returned.</source>
        <translation>The %1 provider answers on this computer: there is no HTTP response. The Result tab shows what it returned.</translation>
    </message>
    <message>
        <source>No HTTP response</source>
        <translation>No HTTP response</translation>
    </message>
    <message>
        <source>No response received</source>
        <translation>No response received</translation>
    </message>
    <message>
        <source>The body was longer than the inspector keeps: only its beginning (%1) is shown.</source>
        <translation>The body was longer than the inspector keeps: only its beginning (%1) is shown.</translation>
    </message>
    <message>
        <source>Result fields</source>
        <translation>Result fields</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>Log probabilities</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Request headers</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request body</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Response headers</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Response body</translation>
    </message>
</context>
<context>
    <name>playground::JsonEditor</name>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Enter a JSON object or array</source>
        <translation>Enter a JSON object or array</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Valid JSON</translation>
    </message>
</context>
<context>
    <name>playground::LaneSettingsDialog</name>
    <message>
        <source>Set the system prompt, the cache and the repeat count with their own fields.</source>
        <translation>Set the system prompt, the cache and the repeat count with their own fields.</translation>
    </message>
    <message>
        <source>Lane settings — %1</source>
        <translation>Lane settings — %1</translation>
    </message>
    <message>
        <source>Lane label</source>
        <translation>Lane label</translation>
    </message>
    <message>
        <source>Parameter overrides</source>
        <translation>Parameter overrides</translation>
    </message>
    <message>
        <source>Parameters this lane sends instead of the conversation&apos;s, as KEY=VALUE pairs separated by commas (the same syntax as modelkit compare --lane). Values are JSON: 0.2, true, [&quot;END&quot;].</source>
        <translation>Parameters this lane sends instead of the conversation&apos;s, as KEY=VALUE pairs separated by commas (the same syntax as modelkit compare --lane). Values are JSON: 0.2, true, [&quot;END&quot;].</translation>
    </message>
    <message>
        <source>System prompt of this lane</source>
        <translation>System prompt of this lane</translation>
    </message>
    <message>
        <source>The conversation&apos;s system message</source>
        <translation>The conversation&apos;s system message</translation>
    </message>
    <message>
        <source>Replace it with:</source>
        <translation>Replace it with:</translation>
    </message>
    <message>
        <source>No system message</source>
        <translation>No system message</translation>
    </message>
    <message>
        <source>System prompt variant</source>
        <translation>System prompt variant</translation>
    </message>
    <message>
        <source>Response cache of this lane</source>
        <translation>Response cache of this lane</translation>
    </message>
    <message>
        <source>Profile setting (on)</source>
        <translation>Profile setting (on)</translation>
    </message>
    <message>
        <source>Profile setting (off)</source>
        <translation>Profile setting (off)</translation>
    </message>
    <message>
        <source>On: answer repeated requests from the cache</source>
        <translation>On: answer repeated requests from the cache</translation>
    </message>
    <message>
        <source>Off: always ask the provider</source>
        <translation>Off: always ask the provider</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Requests at once to this profile</source>
        <translation>Requests at once to this profile</translation>
    </message>
    <message>
        <source>Local servers often generate one reply at a time: with a limit, lanes of this profile beyond it wait in a queue.</source>
        <translation>Local servers often generate one reply at a time: with a limit, lanes of this profile beyond it wait in a queue.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Overrides:</source>
        <translation>&amp;Overrides:</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>&amp;System prompt:</translation>
    </message>
    <message>
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <source>Requests at once to %1:</source>
        <translation>Requests at once to %1:</translation>
    </message>
    <message>
        <source>Type the system prompt, or choose “No system message”.</source>
        <translation>Type the system prompt, or choose “No system message”.</translation>
    </message>
</context>
<context>
    <name>playground::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;System Language (%1)</translation>
    </message>
    <message>
        <source>Follow the language of the desktop session</source>
        <translation>Follow the language of the desktop session</translation>
    </message>
    <message>
        <source>Modelkit Playground will follow the system language (%1) when you start it again.</source>
        <translation>Modelkit Playground will follow the system language (%1) when you start it again.</translation>
    </message>
    <message>
        <source>Modelkit Playground will be in %1 when you start it again.</source>
        <translation>Modelkit Playground will be in %1 when you start it again.</translation>
    </message>
</context>
<context>
    <name>playground::LogprobsModel</name>
    <message>
        <source>UTF-8 bytes: %1</source>
        <translation>UTF-8 bytes: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Logprob</source>
        <translation>Logprob</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Top alternatives</translation>
    </message>
</context>
<context>
    <name>playground::MainWindow</name>
    <message>
        <source>Modelkit Playground</source>
        <translation>Modelkit Playground</translation>
    </message>
    <message>
        <source>Saved provider profiles could not be read: %1</source>
        <translation>Saved provider profiles could not be read: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
    <message>
        <source>Demo provider selected: replies are scripted and offline. Press Ctrl+Enter to send.</source>
        <translation>Demo provider selected: replies are scripted and offline. Press Ctrl+Enter to send.</translation>
    </message>
    <message>
        <source>Ready. Press Ctrl+Enter to send.</source>
        <translation>Ready. Press Ctrl+Enter to send.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Tools &amp;&amp; output</source>
        <translation>Tools &amp;&amp; output</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>The open conversation was deleted; this is a new one.</source>
        <translation>The open conversation was deleted; this is a new one.</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>The conversation could not be saved: %1</translation>
    </message>
    <message>
        <source>%1 — Modelkit Playground</source>
        <translation>%1 — Modelkit Playground</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Comparison saved to %1</source>
        <translation>Comparison saved to %1</translation>
    </message>
    <message>
        <source>Opened the comparison %1</source>
        <translation>Opened the comparison %1</translation>
    </message>
    <message>
        <source>Comparison finished</source>
        <translation>Comparison finished</translation>
    </message>
    <message>
        <source>Run #%1 finished in %2 s</source>
        <translation>Run #%1 finished in %2 s</translation>
    </message>
    <message>
        <source>Run #%1 stopped after %2 s; the partial reply is kept</source>
        <translation>Run #%1 stopped after %2 s; the partial reply is kept</translation>
    </message>
    <message>
        <source>Run #%1 failed: %2</source>
        <translation>Run #%1 failed: %2</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation>Providers…</translation>
    </message>
    <message>
        <source>Add and edit provider profiles and their API keys (Ctrl+,)</source>
        <translation>Add and edit provider profiles and their API keys (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Add Reply to Conversation</source>
        <translation>&amp;Add Reply to Conversation</translation>
    </message>
    <message>
        <source>&amp;Compare Lanes</source>
        <translation>&amp;Compare Lanes</translation>
    </message>
    <message>
        <source>Send the conversation to several providers and models side by side</source>
        <translation>Send the conversation to several providers and models side by side</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;New Conversation</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Providers…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Add &amp;System Message</source>
        <translation>Add &amp;System Message</translation>
    </message>
    <message>
        <source>Add &amp;User Message</source>
        <translation>Add &amp;User Message</translation>
    </message>
    <message>
        <source>Add &amp;Assistant Message</source>
        <translation>Add &amp;Assistant Message</translation>
    </message>
    <message>
        <source>Add &amp;Tool Result</source>
        <translation>Add &amp;Tool Result</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Go to &amp;Conversation</source>
        <translation>Go to &amp;Conversation</translation>
    </message>
    <message>
        <source>Go to &amp;Reply</source>
        <translation>Go to &amp;Reply</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Go to &amp;Inspector</translation>
    </message>
    <message>
        <source>Go to &amp;Parameters</source>
        <translation>Go to &amp;Parameters</translation>
    </message>
    <message>
        <source>Go to &amp;Tools</source>
        <translation>Go to &amp;Tools</translation>
    </message>
    <message>
        <source>Go to &amp;Usage</source>
        <translation>Go to &amp;Usage</translation>
    </message>
    <message>
        <source>Go to &amp;History</source>
        <translation>Go to &amp;History</translation>
    </message>
    <message>
        <source>Choose Pro&amp;vider</source>
        <translation>Choose Pro&amp;vider</translation>
    </message>
    <message>
        <source>Choose &amp;Model</source>
        <translation>Choose &amp;Model</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Modelkit Playground</source>
        <translation>&amp;About Modelkit Playground</translation>
    </message>
    <message>
        <source>You are a concise assistant. Use the tools you are given when they help.</source>
        <translation>You are a concise assistant. Use the tools you are given when they help.</translation>
    </message>
    <message>
        <source>What&apos;s the weather in Paris right now, and should I take an umbrella?</source>
        <translation>What&apos;s the weather in Paris right now, and should I take an umbrella?</translation>
    </message>
    <message>
        <source>%1 (fork)</source>
        <translation>%1 (fork)</translation>
    </message>
    <message numerus="yes">
        <source>Forked into &quot;%1&quot; with %n message(s)</source>
        <translation>
            <numerusform>Forked into &quot;%1&quot; with %n message</numerusform>
            <numerusform>Forked into &quot;%1&quot; with %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the conversation: %1</source>
        <translation>Could not open the conversation: %1</translation>
    </message>
    <message>
        <source>The last conversation could not be reopened: %1</source>
        <translation>The last conversation could not be reopened: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter again to send anyway.</source>
        <translation>Press Ctrl+Enter again to send anyway.</translation>
    </message>
    <message>
        <source>Not sent yet: over budget</source>
        <translation>Not sent yet: over budget</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Output schema:</source>
        <translation>Output schema:</translation>
    </message>
    <message>
        <source>Compare: Ctrl+Enter sends the conversation to every lane</source>
        <translation>Compare: Ctrl+Enter sends the conversation to every lane</translation>
    </message>
    <message>
        <source>Chat: Ctrl+Enter sends to the selected provider</source>
        <translation>Chat: Ctrl+Enter sends to the selected provider</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>Actual usage (excluding cached replies): %1 prompt + %2 completion tokens. Prices from the model catalog, as of %3.</source>
        <translation>Actual usage (excluding cached replies): %1 prompt + %2 completion tokens. Prices from the model catalog, as of %3.</translation>
    </message>
    <message>
        <source>Move the focused message</source>
        <translation>Move the focused message</translation>
    </message>
    <message>
        <source>Remove the focused message</source>
        <translation>Remove the focused message</translation>
    </message>
    <message>
        <source>Collapse or expand the focused message</source>
        <translation>Collapse or expand the focused message</translation>
    </message>
    <message>
        <source>Attach images to the focused user message</source>
        <translation>Attach images to the focused user message</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>About Modelkit Playground</source>
        <translation>About Modelkit Playground</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Modelkit Playground&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A native desktop playground for large language models.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Modelkit Playground&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A native desktop playground for large language models.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>playground::MessageEditor</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool result</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
        <translation>Drag to reorder (or Alt+Up / Alt+Down)</translation>
    </message>
    <message>
        <source>Collapse or expand (Alt+C)</source>
        <translation>Collapse or expand (Alt+C)</translation>
    </message>
    <message>
        <source>Estimated prompt tokens of this message</source>
        <translation>Estimated prompt tokens of this message</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this message (Alt+Delete)</source>
        <translation>Remove this message (Alt+Delete)</translation>
    </message>
    <message>
        <source>Fork from here: a new conversation with the messages up to this one (Alt+B)</source>
        <translation>Fork from here: a new conversation with the messages up to this one (Alt+B)</translation>
    </message>
    <message>
        <source>Attach images… (Alt+I) — you can also paste or drop them</source>
        <translation>Attach images… (Alt+I) — you can also paste or drop them</translation>
    </message>
    <message>
        <source>Instructions for the model…</source>
        <translation>Instructions for the model…</translation>
    </message>
    <message>
        <source>Ask something… (paste or drop images here)</source>
        <translation>Ask something… (paste or drop images here)</translation>
    </message>
    <message>
        <source>Text reply</source>
        <translation>Text reply</translation>
    </message>
    <message>
        <source>Function calls</source>
        <translation>Function calls</translation>
    </message>
    <message>
        <source>What the assistant said…</source>
        <translation>What the assistant said…</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Call id</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Arguments (JSON)</source>
        <translation>Arguments (JSON)</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Add call</translation>
    </message>
    <message>
        <source>Result content</source>
        <translation>Result content</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Add result</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Remove the selected row</translation>
    </message>
    <message>
        <source>The tool failed (is_error)</source>
        <translation>The tool failed (is_error)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>~%1 tokens</source>
        <translation>~%1 tokens</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n image]</numerusform>
            <numerusform>[%n images]</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Attach images</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>These files are not PNG, JPEG, GIF or WebP images:
%1</source>
        <translation>These files are not PNG, JPEG, GIF or WebP images:
%1</translation>
    </message>
    <message>
        <source>Collapse or expand</source>
        <translation>Collapse or expand</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Remove message</translation>
    </message>
    <message>
        <source>Fork from here</source>
        <translation>Fork from here</translation>
    </message>
    <message>
        <source>%1 message</source>
        <extracomment>Accessible name of a message&apos;s text; %1 is the role (System, User, Assistant)</extracomment>
        <translation>%1 message</translation>
    </message>
    <message>
        <source>Kind of reply</source>
        <translation>Kind of reply</translation>
    </message>
    <message>
        <source>Tool results</source>
        <translation>Tool results</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>playground::ModelCostChart</name>
    <message>
        <source>Cost by model</source>
        <translation>Cost by model</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Cost (USD)</translation>
    </message>
    <message>
        <source>(no calls)</source>
        <translation>(no calls)</translation>
    </message>
</context>
<context>
    <name>playground::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>playground::ParametersPanel</name>
    <message>
        <source>&amp;Stream the reply</source>
        <translation>&amp;Stream the reply</translation>
    </message>
    <message>
        <source>Show the reply token by token as it is generated. Off: the reply appears at once when it is complete.</source>
        <translation>Show the reply token by token as it is generated. Off: the reply appears at once when it is complete.</translation>
    </message>
    <message>
        <source>One sequence per line</source>
        <translation>One sequence per line</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>temperature: how random the sampling is. Lower is more focused and repeatable, higher more varied. Anthropic accepts 0 to 1.</source>
        <translation>temperature: how random the sampling is. Lower is more focused and repeatable, higher more varied. Anthropic accepts 0 to 1.</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>top_p: nucleus sampling; only the most likely tokens whose probabilities add up to this are considered. Change this or temperature, not both.</source>
        <translation>top_p: nucleus sampling; only the most likely tokens whose probabilities add up to this are considered. Change this or temperature, not both.</translation>
    </message>
    <message>
        <source>Top K</source>
        <translation>Top K</translation>
    </message>
    <message>
        <source>top_k: only the K most likely tokens are considered.</source>
        <translation>top_k: only the K most likely tokens are considered.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>seed: the same seed and parameters make replies repeatable (best effort).</source>
        <translation>seed: the same seed and parameters make replies repeatable (best effort).</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max tokens</translation>
    </message>
    <message>
        <source>max_tokens: the most tokens the reply may have; reasoning tokens count too. Sent as max_completion_tokens to OpenAI, maxOutputTokens to Gemini and num_predict to Ollama.</source>
        <translation>max_tokens: the most tokens the reply may have; reasoning tokens count too. Sent as max_completion_tokens to OpenAI, maxOutputTokens to Gemini and num_predict to Ollama.</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Stop sequences</translation>
    </message>
    <message>
        <source>stop: the reply ends before any of these. One per line; write \n for a line break and \t for a tab. OpenAI takes at most 4.</source>
        <translation>stop: the reply ends before any of these. One per line; write \n for a line break and \t for a tab. OpenAI takes at most 4.</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Penalties</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Presence penalty</translation>
    </message>
    <message>
        <source>presence_penalty (-2 to 2): positive values make new topics more likely.</source>
        <translation>presence_penalty (-2 to 2): positive values make new topics more likely.</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Frequency penalty</translation>
    </message>
    <message>
        <source>frequency_penalty (-2 to 2): positive values make repetition less likely.</source>
        <translation>frequency_penalty (-2 to 2): positive values make repetition less likely.</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Token probabilities</translation>
    </message>
    <message>
        <source>Log probabilities</source>
        <translation>Log probabilities</translation>
    </message>
    <message>
        <source>logprobs: return the log probability of each reply token.</source>
        <translation>logprobs: return the log probability of each reply token.</translation>
    </message>
    <message>
        <source>Top alternatives</source>
        <translation>Top alternatives</translation>
    </message>
    <message>
        <source>top_logprobs: also return the N most likely alternatives at each position. Needs log probabilities.</source>
        <translation>top_logprobs: also return the N most likely alternatives at each position. Needs log probabilities.</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Reasoning effort</source>
        <translation>Reasoning effort</translation>
    </message>
    <message>
        <source>reasoning_effort: how much the model reasons before it answers. OpenAI takes none to high; Anthropic low to high; Gemini minimal to high (thinkingLevel); Ollama none, low, medium or high (think).</source>
        <translation>reasoning_effort: how much the model reasons before it answers. OpenAI takes none to high; Anthropic low to high; Gemini minimal to high (thinkingLevel); Ollama none, low, medium or high (think).</translation>
    </message>
    <message>
        <source>Thinking budget</source>
        <translation>Thinking budget</translation>
    </message>
    <message>
        <source>thinking_budget: the tokens the model may spend thinking. Anthropic: at least 1,024 and less than max tokens. Gemini: 0 turns thinking off.</source>
        <translation>thinking_budget: the tokens the model may spend thinking. Anthropic: at least 1,024 and less than max tokens. Gemini: 0 turns thinking off.</translation>
    </message>
    <message>
        <source>Uncheck every parameter so the provider&apos;s defaults apply</source>
        <translation>Uncheck every parameter so the provider&apos;s defaults apply</translation>
    </message>
    <message>
        <source>the Demo provider</source>
        <translation>the Demo provider</translation>
    </message>
    <message>
        <source>%1 does not accept %2.</source>
        <translation>%1 does not accept %2.</translation>
    </message>
    <message>
        <source>Needs log probabilities.</source>
        <translation>Needs log probabilities.</translation>
    </message>
    <message>
        <source>%1 does not accept reasoning effort &quot;%2&quot;.</source>
        <translation>%1 does not accept reasoning effort &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>off (default)</source>
        <translation>off (default)</translation>
    </message>
    <message>
        <source>model default</source>
        <translation>model default</translation>
    </message>
    <message>
        <source>unlimited (default)</source>
        <translation>unlimited (default)</translation>
    </message>
    <message>
        <source>model maximum, %1 (default)</source>
        <translation>model maximum, %1 (default)</translation>
    </message>
    <message>
        <source>model maximum (default)</source>
        <translation>model maximum (default)</translation>
    </message>
    <message>
        <source>random (default)</source>
        <translation>random (default)</translation>
    </message>
    <message>
        <source>none (default)</source>
        <translation>none (default)</translation>
    </message>
    <message>
        <source>Unchecked parameters use the defaults of %1. Parameters it does not take are greyed out.</source>
        <translation>Unchecked parameters use the defaults of %1. Parameters it does not take are greyed out.</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>not supported</translation>
    </message>
    <message>
        <source>The value is kept but not sent.</source>
        <translation>The value is kept but not sent.</translation>
    </message>
    <message>
        <source>Click to set a value.</source>
        <translation>Click to set a value.</translation>
    </message>
    <message>
        <source>Kept but not sent to %1: %2.</source>
        <translation>Kept but not sent to %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reset to defa&amp;ults</source>
        <translation>Reset to defa&amp;ults</translation>
    </message>
</context>
<context>
    <name>playground::PlaygroundSession</name>
    <message>
        <source>A tool is a JSON object with &quot;name&quot;, &quot;description&quot; and &quot;parameters&quot;.</source>
        <translation>A tool is a JSON object with &quot;name&quot;, &quot;description&quot; and &quot;parameters&quot;.</translation>
    </message>
    <message>
        <source>(unnamed tool)</source>
        <translation>(unnamed tool)</translation>
    </message>
    <message>
        <source>Demo (offline)</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”.</source>
        <translation>There is no provider profile named “%1”.</translation>
    </message>
    <message>
        <source>Still reading the API key of %1 from the keychain.</source>
        <translation>Still reading the API key of %1 from the keychain.</translation>
    </message>
    <message>
        <source>Response cache unavailable: %1</source>
        <translation>Response cache unavailable: %1</translation>
    </message>
    <message>
        <source>Tool %1 (%2): %3</source>
        <translation>Tool %1 (%2): %3</translation>
    </message>
    <message>
        <source>Tool choice names &quot;%1&quot;, but no tool has that name.</source>
        <translation>Tool choice names &quot;%1&quot;, but no tool has that name.</translation>
    </message>
    <message>
        <source>Output schema: %1</source>
        <translation>Output schema: %1</translation>
    </message>
    <message>
        <source>Output schema: a JSON Schema must be an object.</source>
        <translation>Output schema: a JSON Schema must be an object.</translation>
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation>No provider is selected.</translation>
    </message>
    <message>
        <source>Choose a model first: pick one in the Model box or type its name.</source>
        <translation>Choose a model first: pick one in the Model box or type its name.</translation>
    </message>
    <message>
        <source>Still reading the API key from the keychain; try again in a moment.</source>
        <translation>Still reading the API key from the keychain; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>playground::ProviderBar</name>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Where requests go (Ctrl+Shift+P)</source>
        <translation>Where requests go (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>The provider&apos;s models; type any model name (Ctrl+Shift+M)</source>
        <translation>The provider&apos;s models; type any model name (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>DEMO — scripted offline replies, nothing is sent</source>
        <translation>DEMO — scripted offline replies, nothing is sent</translation>
    </message>
    <message>
        <source>Demo (offline)</source>
        <translation>Demo (offline)</translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation>Could not list models: %1</translation>
    </message>
    <message>
        <source>Mode&amp;l:</source>
        <translation>Mode&amp;l:</translation>
    </message>
</context>
<context>
    <name>playground::ProvidersDialog</name>
    <message>
        <source>Extra headers, line %1: write one &quot;Name: value&quot; per line</source>
        <translation>Extra headers, line %1: write one &quot;Name: value&quot; per line</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No provider profiles yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add one with the + button below the list: presets cover LM Studio, vLLM, llama.cpp server, OpenRouter, Groq, Mistral, DeepSeek, Together AI and Ollama.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No provider profiles yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add one with the + button below the list: presets cover LM Studio, vLLM, llama.cpp server, OpenRouter, Groq, Mistral, DeepSeek, Together AI and Ollama.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write this profile; a typed key goes to the system keychain</source>
        <translation>Write this profile; a typed key goes to the system keychain</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>Add a profile: blank or from a preset</source>
        <translation>Add a profile: blank or from a preset</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Duplicate the selected profile</translation>
    </message>
    <message>
        <source>Remove the selected profile and its stored key</source>
        <translation>Remove the selected profile and its stored key</translation>
    </message>
    <message>
        <source>Blank profile</source>
        <translation>Blank profile</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. &quot;Work OpenAI&quot;</source>
        <translation>A name you recognise, e.g. &quot;Work OpenAI&quot;</translation>
    </message>
    <message>
        <source>Leave empty for the provider&apos;s own endpoint. Plain http:// is meant for this machine and your local network.</source>
        <translation>Leave empty for the provider&apos;s own endpoint. Plain http:// is meant for this machine and your local network.</translation>
    </message>
    <message>
        <source>The default model; Test connection lists what the server offers</source>
        <translation>The default model; Test connection lists what the server offers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Show or hide the key</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Delete the stored key</source>
        <translation>Delete the stored key</translation>
    </message>
    <message>
        <source>Read the key from this environment variable when none is stored</source>
        <translation>Read the key from this environment variable when none is stored</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Environment &amp;variable:</source>
        <translation>Environment &amp;variable:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, e.g.
X-Title: My app</source>
        <translation>One &quot;Name: value&quot; per line, e.g.
X-Title: My app</translation>
    </message>
    <message>
        <source>Sent with every request. Headers are saved in the profile file: put API keys in the Key field.</source>
        <translation>Sent with every request. Headers are saved in the profile file: put API keys in the Key field.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest a whole call may take, retries included</source>
        <translation>The longest a whole call may take, retries included</translation>
    </message>
    <message>
        <source>Use HTTP/2</source>
        <translation>Use HTTP/2</translation>
    </message>
    <message>
        <source>Off by default: HTTP/2 in Qt 6.4 has known security issues</source>
        <translation>Off by default: HTTP/2 in Qt 6.4 has known security issues</translation>
    </message>
    <message>
        <source>Response &amp;cache</source>
        <translation>Response &amp;cache</translation>
    </message>
    <message>
        <source>Answer a request identical to an earlier one from the local response cache instead of calling the provider</source>
        <translation>Answer a request identical to an earlier one from the local response cache instead of calling the provider</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Extra &amp;headers:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>List the provider&apos;s models with these settings (unsaved changes included)</source>
        <translation>List the provider&apos;s models with these settings (unsaved changes included)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>The profiles file could not be read: %1. Changes are refused until it is fixed; a copy was kept as %2.</source>
        <translation>The profiles file could not be read: %1. Changes are refused until it is fixed; a copy was kept as %2.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;? Its key is removed from the system keychain too.</source>
        <translation>Remove the profile &quot;%1&quot;? Its key is removed from the system keychain too.</translation>
    </message>
    <message>
        <source>The new profile &quot;%1&quot; is not saved yet. Save it?</source>
        <translation>The new profile &quot;%1&quot; is not saved yet. Save it?</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>The profile &quot;%1&quot; has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Another profile is already named &quot;%1&quot;</source>
        <translation>Another profile is already named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Deployment name</source>
        <translation>Deployment name</translation>
    </message>
    <message>
        <source>The server&apos;s model (Test connection lists them)</source>
        <translation>The server&apos;s model (Test connection lists them)</translation>
    </message>
    <message>
        <source>The anthropic-version header</source>
        <translation>The anthropic-version header</translation>
    </message>
    <message>
        <source>The API version; empty for the default</source>
        <translation>The API version; empty for the default</translation>
    </message>
    <message>
        <source>None, e.g. OPENROUTER_API_KEY</source>
        <translation>None, e.g. OPENROUTER_API_KEY</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>Save Anyway</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Forget Key</source>
        <translation>Forget Key</translation>
    </message>
    <message>
        <source>The key would travel unencrypted: &quot;%1&quot; uses plain http:// to %2, which is not this machine or your local network. Anyone on the way can read the key and your prompts.

Save anyway?</source>
        <translation>The key would travel unencrypted: &quot;%1&quot; uses plain http:// to %2, which is not this machine or your local network. Anyone on the way can read the key and your prompts.

Save anyway?</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Checking the system keychain…</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Stored in the system keychain</translation>
    </message>
    <message>
        <source>•••• stored in keychain</source>
        <translation>•••• stored in keychain</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Kept for this session only</translation>
    </message>
    <message>
        <source>•••• kept for this session</source>
        <translation>•••• kept for this session</translation>
    </message>
    <message>
        <source>From $%1</source>
        <translation>From $%1</translation>
    </message>
    <message>
        <source>Using $%1; type a key to store one</source>
        <translation>Using $%1; type a key to store one</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>No key</translation>
    </message>
    <message>
        <source> (the system keychain is unavailable: %1)</source>
        <translation> (the system keychain is unavailable: %1)</translation>
    </message>
    <message>
        <source> — this provider needs one</source>
        <translation> — this provider needs one</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Paste your API key</translation>
    </message>
    <message>
        <source>Optional: local servers usually need none</source>
        <translation>Optional: local servers usually need none</translation>
    </message>
    <message>
        <source> (copied from &quot;%1&quot; when saved)</source>
        <translation> (copied from &quot;%1&quot; when saved)</translation>
    </message>
    <message>
        <source>Not stored: the system keychain did not take it (see the notice above)</source>
        <translation>Not stored: the system keychain did not take it (see the notice above)</translation>
    </message>
    <message>
        <source>New key: stored in the system keychain when you save</source>
        <translation>New key: stored in the system keychain when you save</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Forget the key stored for &quot;%1&quot;? It cannot be shown again.</source>
        <translation>Forget the key stored for &quot;%1&quot;? It cannot be shown again.</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be read from the system keychain to copy it to &quot;%2&quot;: %3</source>
        <translation>The key of &quot;%1&quot; could not be read from the system keychain to copy it to &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The key of &quot;%1&quot; could not be removed from the system keychain: %2</source>
        <translation>The key of &quot;%1&quot; could not be removed from the system keychain: %2</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key for &quot;%2&quot; was not stored.</source>
        <translation>No system keychain is available (%1), so the key for &quot;%2&quot; was not stored.</translation>
    </message>
    <message>
        <source>The system keychain did not store the key for &quot;%2&quot; (%1).</source>
        <translation>The system keychain did not store the key for &quot;%2&quot; (%1).</translation>
    </message>
    <message>
        <source>Keys are never written to disk in plain text.</source>
        <translation>Keys are never written to disk in plain text.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Keep for this session only</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is kept for this session only: it is forgotten when Modelkit Playground quits.</source>
        <translation>The key for &quot;%1&quot; is kept for this session only: it is forgotten when Modelkit Playground quits.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Connected — 1 model</source>
        <translation>Connected — 1 model</translation>
    </message>
    <message>
        <source>Connected — %1 models</source>
        <translation>Connected — %1 models</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Add profile</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplicate profile</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remove profile</translation>
    </message>
    <message>
        <source>API ve&amp;rsion:</source>
        <translation>API ve&amp;rsion:</translation>
    </message>
</context>
<context>
    <name>playground::ReplyView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>No reply yet</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to send the conversation</source>
        <translation>Press Ctrl+Enter to send the conversation</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s reasoning</source>
        <translation>Show or hide the model&apos;s reasoning</translation>
    </message>
    <message>
        <source>Show source</source>
        <translation>Show source</translation>
    </message>
    <message>
        <source>Switch between the rendered Markdown and the raw text</source>
        <translation>Switch between the rendered Markdown and the raw text</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Copy reply</translation>
    </message>
    <message>
        <source>Copy the reply as the model wrote it</source>
        <translation>Copy the reply as the model wrote it</translation>
    </message>
    <message>
        <source>Add to conversation</source>
        <translation>Add to conversation</translation>
    </message>
    <message>
        <source>Append this reply to the conversation as an assistant message</source>
        <translation>Append this reply to the conversation as an assistant message</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>The runs sent in this session, newest last</source>
        <translation>The runs sent in this session, newest last</translation>
    </message>
    <message>
        <source>Stopped — the partial reply is kept.</source>
        <translation>Stopped — the partial reply is kept.</translation>
    </message>
    <message>
        <source>This reply is %1, so it is shown as plain text: Markdown rendering was skipped to keep the window responsive.</source>
        <translation>This reply is %1, so it is shown as plain text: Markdown rendering was skipped to keep the window responsive.</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Streaming…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Waiting…</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Cached</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Waiting for the reply…</source>
        <translation>Waiting for the reply…</translation>
    </message>
    <message>
        <source>The reply has no text.</source>
        <translation>The reply has no text.</translation>
    </message>
    <message>
        <source>Stopped before any text arrived.</source>
        <translation>Stopped before any text arrived.</translation>
    </message>
    <message>
        <source>No reply text arrived before the error.</source>
        <translation>No reply text arrived before the error.</translation>
    </message>
    <message>
        <source>≈ %1 tok/s</source>
        <translation>≈ %1 tok/s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>Prompt %1 tokens, completion %2 tokens · %3</source>
        <translation>Prompt %1 tokens, completion %2 tokens · %3</translation>
    </message>
    <message>
        <source>cost $%1</source>
        <translation>cost $%1</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>price unknown</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
</context>
<context>
    <name>playground::Run</name>
    <message>
        <source>The reply was still streaming when the conversation was saved.</source>
        <translation>The reply was still streaming when the conversation was saved.</translation>
    </message>
</context>
<context>
    <name>playground::TimelineModel</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Tool call</source>
        <translation>Tool call</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Time (ms)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>No run selected.</source>
        <translation>No run selected.</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <source>first token at %1 ms</source>
        <translation>first token at %1 ms</translation>
    </message>
    <message>
        <source>no token yet</source>
        <translation>no token yet</translation>
    </message>
    <message>
        <source>gaps over 1 s: %1</source>
        <translation>gaps over 1 s: %1</translation>
    </message>
    <message>
        <source>(longest %1 s)</source>
        <translation>(longest %1 s)</translation>
    </message>
</context>
<context>
    <name>playground::ToolCallView</name>
    <message>
        <source>Waiting for arguments…</source>
        <translation>Waiting for arguments…</translation>
    </message>
    <message>
        <source>(unnamed call)</source>
        <translation>(unnamed call)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Tool call arguments</source>
        <translation>Tool call arguments</translation>
    </message>
</context>
<context>
    <name>playground::ToolsPanel</name>
    <message>
        <source>Describe what the tool does and when to call it.</source>
        <translation>Describe what the tool does and when to call it.</translation>
    </message>
    <message>
        <source>Get the current weather for a location.</source>
        <translation>Get the current weather for a location.</translation>
    </message>
    <message>
        <source>City and country, e.g. &quot;Paris, France&quot;.</source>
        <translation>City and country, e.g. &quot;Paris, France&quot;.</translation>
    </message>
    <message>
        <source>Temperature unit; celsius when not given.</source>
        <translation>Temperature unit; celsius when not given.</translation>
    </message>
    <message>
        <source>Search the web and return the top results with their titles, URLs and snippets.</source>
        <translation>Search the web and return the top results with their titles, URLs and snippets.</translation>
    </message>
    <message>
        <source>What to search for, as a person would type it.</source>
        <translation>What to search for, as a person would type it.</translation>
    </message>
    <message>
        <source>How many results to return (default 5).</source>
        <translation>How many results to return (default 5).</translation>
    </message>
    <message>
        <source>Run a read-only SQL query and return the rows as JSON.</source>
        <translation>Run a read-only SQL query and return the rows as JSON.</translation>
    </message>
    <message>
        <source>One SELECT statement.</source>
        <translation>One SELECT statement.</translation>
    </message>
    <message>
        <source>Name of the database to query, e.g. &quot;analytics&quot;.</source>
        <translation>Name of the database to query, e.g. &quot;analytics&quot;.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>The tools offered to the model. Select one to edit it.</source>
        <translation>The tools offered to the model. Select one to edit it.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a tool (the arrow offers templates)</source>
        <translation>Add a tool (the arrow offers templates)</translation>
    </message>
    <message>
        <source>Blank tool</source>
        <translation>Blank tool</translation>
    </message>
    <message>
        <source>get_weather (location, unit enum)</source>
        <translation>get_weather (location, unit enum)</translation>
    </message>
    <message>
        <source>search_web (query, max_results integer)</source>
        <translation>search_web (query, max_results integer)</translation>
    </message>
    <message>
        <source>run_sql (query, database)</source>
        <translation>run_sql (query, database)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected tool (Delete)</source>
        <translation>Remove the selected tool (Delete)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Re-indent the tool&apos;s JSON (Ctrl+Shift+F)</source>
        <translation>Re-indent the tool&apos;s JSON (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Whether the model may, must or must not call a tool</source>
        <translation>Whether the model may, must or must not call a tool</translation>
    </message>
    <message>
        <source>Tool &amp;choice:</source>
        <translation>Tool &amp;choice:</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Output format</translation>
    </message>
    <message>
        <source>Off (free text)</source>
        <translation>Off (free text)</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON object</translation>
    </message>
    <message>
        <source>JSON schema (structured output)</source>
        <translation>JSON schema (structured output)</translation>
    </message>
    <message>
        <source>The model answers in free text.</source>
        <translation>The model answers in free text.</translation>
    </message>
    <message>
        <source>The model answers with any valid JSON object.</source>
        <translation>The model answers with any valid JSON object.</translation>
    </message>
    <message>
        <source>The model answers with JSON that follows the schema below.</source>
        <translation>The model answers with JSON that follows the schema below.</translation>
    </message>
    <message>
        <source>The schema&apos;s name (letters, digits, &apos;_&apos; and &apos;-&apos;); OpenAI requires one. Empty means &quot;response&quot;.</source>
        <translation>The schema&apos;s name (letters, digits, &apos;_&apos; and &apos;-&apos;); OpenAI requires one. Empty means &quot;response&quot;.</translation>
    </message>
    <message>
        <source>Schema &amp;name:</source>
        <translation>Schema &amp;name:</translation>
    </message>
    <message>
        <source>A JSON Schema must be an object.</source>
        <translation>A JSON Schema must be an object.</translation>
    </message>
    <message>
        <source>A JSON Schema object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</source>
        <translation>A JSON Schema object, e.g. {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {…}}</translation>
    </message>
    <message>
        <source>Re-indent the schema (Ctrl+Shift+F)</source>
        <translation>Re-indent the schema (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Another tool is also named &quot;%1&quot;; providers refuse duplicate names.</source>
        <translation>Another tool is also named &quot;%1&quot;; providers refuse duplicate names.</translation>
    </message>
    <message>
        <source>No tool selected</source>
        <translation>No tool selected</translation>
    </message>
    <message>
        <source>Add a tool to edit its JSON here.</source>
        <translation>Add a tool to edit its JSON here.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>The model decides whether to call a tool.</source>
        <translation>The model decides whether to call a tool.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>The model must call a tool.</source>
        <translation>The model must call a tool.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The model must not call a tool.</source>
        <translation>The model must not call a tool.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>The model must call %1.</source>
        <translation>The model must call %1.</translation>
    </message>
    <message>
        <source>Call %1 (no such tool)</source>
        <translation>Call %1 (no such tool)</translation>
    </message>
    <message>
        <source>No valid tool is named &quot;%1&quot;: choose another tool choice.</source>
        <translation>No valid tool is named &quot;%1&quot;: choose another tool choice.</translation>
    </message>
    <message>
        <source>the selected model</source>
        <translation>the selected model</translation>
    </message>
    <message>
        <source>%1 does not support function calling: remove the tools or choose another model.</source>
        <translation>%1 does not support function calling: remove the tools or choose another model.</translation>
    </message>
    <message>
        <source>%1 does not support function calling.</source>
        <translation>%1 does not support function calling.</translation>
    </message>
    <message>
        <source>%1 does not support JSON object output.</source>
        <translation>%1 does not support JSON object output.</translation>
    </message>
    <message>
        <source>%1 does not support structured output (JSON schema).</source>
        <translation>%1 does not support structured output (JSON schema).</translation>
    </message>
    <message>
        <source>Choose another format or the request may be refused.</source>
        <translation>Choose another format or the request may be refused.</translation>
    </message>
    <message>
        <source>No tools</source>
        <translation>No tools</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 tool</translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid tools block sending; hover a tool with an error icon to see why.</source>
        <translation>Invalid tools block sending; hover a tool with an error icon to see why.</translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation>Form&amp;at:</translation>
    </message>
</context>
<context>
    <name>playground::UsagePanel</name>
    <message>
        <source>Running totals</source>
        <translation>Running totals</translation>
    </message>
    <message>
        <source>This conversation:</source>
        <translation>This conversation:</translation>
    </message>
    <message>
        <source>Since the app started:</source>
        <translation>Since the app started:</translation>
    </message>
    <message>
        <source>Last call:</source>
        <translation>Last call:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Send asks before a request whose estimated cost would cross a budget. Spending counts every call in the usage ledger, the CLI&apos;s included.</source>
        <translation>Send asks before a request whose estimated cost would cross a budget. Spending counts every call in the usage ledger, the CLI&apos;s included.</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Daily:</source>
        <translation>Daily:</translation>
    </message>
    <message>
        <source>Monthly:</source>
        <translation>Monthly:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>By model</translation>
    </message>
    <message>
        <source>By profile</source>
        <translation>By profile</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>By provider</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Every call of the chosen range, one line each</source>
        <translation>Every call of the chosen range, one line each</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>No usage ledger is open.</source>
        <translation>No usage ledger is open.</translation>
    </message>
    <message>
        <source>Reading the usage ledger…</source>
        <translation>Reading the usage ledger…</translation>
    </message>
    <message>
        <source>The usage ledger could not be read: %1</source>
        <translation>The usage ledger could not be read: %1</translation>
    </message>
    <message>
        <source>No calls in this range.</source>
        <translation>No calls in this range.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) · %1 · %2</source>
        <translation>
            <numerusform>%n call · %1 · %2</numerusform>
            <numerusform>%n calls · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 today</translation>
    </message>
    <message>
        <source>%1 this month</source>
        <translation>%1 this month</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Export usage as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1</source>
        <translation>
            <numerusform>Exported %n call to %1</numerusform>
            <numerusform>Exported %n calls to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to %1 failed: %2</source>
        <translation>Export to %1 failed: %2</translation>
    </message>
    <message>
        <source>Usage history</source>
        <translation>Usage history</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Cost over time</translation>
    </message>
    <message>
        <source>Cost by model</source>
        <translation>Cost by model</translation>
    </message>
</context>
<context>
    <name>playground::UsageSummaryModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n unpriced</source>
        <translation>
            <numerusform>%1 + %n unpriced</numerusform>
            <numerusform>%1 + %n unpriced</numerusform>
        </translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(no profile)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) answered from the cache (free)</source>
        <translation>
            <numerusform>%n call answered from the cache (free)</numerusform>
            <numerusform>%n calls answered from the cache (free)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) with estimated usage</source>
        <translation>
            <numerusform>%n call with estimated usage</numerusform>
            <numerusform>%n calls with estimated usage</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Cached</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>playground::cli::ChatCommand</name>
    <message>
        <source>Send one request to a model and print the reply.</source>
        <translation>Send one request to a model and print the reply.</translation>
    </message>
    <message>
        <source>Stream the reply as it is generated.</source>
        <translation>Stream the reply as it is generated.</translation>
    </message>
    <message>
        <source>text (default) or json (one CreateResult object).</source>
        <translation>text (default) or json (one CreateResult object).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not record this call in the usage ledger (modelkit usage).</source>
        <translation>Do not record this call in the usage ledger (modelkit usage).</translation>
    </message>
    <message>
        <source>Write the conversation to FILE (created if missing): the messages sent, the reply as an assistant message and this run (result, usage, cost, timings) appended. It continues the --request conversation, else FILE&apos;s own.</source>
        <translation>Write the conversation to FILE (created if missing): the messages sent, the reply as an assistant message and this run (result, usage, cost, timings) appended. It continues the --request conversation, else FILE&apos;s own.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output must be text or json</translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save: %1</translation>
    </message>
    <message>
        <source>--save: the directory of %1 does not exist</source>
        <translation>--save: the directory of %1 does not exist</translation>
    </message>
    <message>
        <source>[thinking] </source>
        <translation>[thinking] </translation>
    </message>
    <message>
        <source>[%1 · %2 prompt + %3 completion tokens%4%5]
</source>
        <translation>[%1 · %2 prompt + %3 completion tokens%4%5]
</translation>
    </message>
    <message>
        <source> · cached</source>
        <translation> · cached</translation>
    </message>
    <message>
        <source>modelkit: warning: %1
</source>
        <translation>modelkit: warning: %1
</translation>
    </message>
</context>
<context>
    <name>playground::cli::CompareCommand</name>
    <message>
        <source>Send the same request to several lanes at once and compare them: time to first token, total time, tokens/s, tokens, cost, finish reason and errors per lane; the fastest, cheapest and longest are marked.

A lane is PROFILE[:MODEL[:KEY=VALUE,...]]: PROFILE is a saved profile (see &quot;modelkit profile&quot;) or a provider (%1); MODEL empty = the profile&apos;s model; KEY=VALUE overrides a parameter (temperature=0.2,max_tokens=100,…), repeat=N repeats the lane, cache=true|false answers the lane&apos;s repeated requests from the response cache or never (default: --cache, --no-cache, else the profile&apos;s cache_responses), and system=TEXT (last: it takes the rest, commas included) replaces the system message.

Exit codes: 0 every lane succeeded, 4 some lanes failed, 3 every lane failed, 2 usage error, 130 interrupted.</source>
        <translation>Send the same request to several lanes at once and compare them: time to first token, total time, tokens/s, tokens, cost, finish reason and errors per lane; the fastest, cheapest and longest are marked.

A lane is PROFILE[:MODEL[:KEY=VALUE,...]]: PROFILE is a saved profile (see &quot;modelkit profile&quot;) or a provider (%1); MODEL empty = the profile&apos;s model; KEY=VALUE overrides a parameter (temperature=0.2,max_tokens=100,…), repeat=N repeats the lane, cache=true|false answers the lane&apos;s repeated requests from the response cache or never (default: --cache, --no-cache, else the profile&apos;s cache_responses), and system=TEXT (last: it takes the rest, commas included) replaces the system message.

Exit codes: 0 every lane succeeded, 4 some lanes failed, 3 every lane failed, 2 usage error, 130 interrupted.</translation>
    </message>
    <message>
        <source>A lane, repeatable (1 to %1).</source>
        <translation>A lane, repeatable (1 to %1).</translation>
    </message>
    <message>
        <source>PROFILE:MODEL[:KEY=VALUE,...]</source>
        <translation>PROFILE:MODEL[:KEY=VALUE,...]</translation>
    </message>
    <message>
        <source>Attempts per lane, one after the other (default 1; a lane&apos;s repeat=N wins): the mean and spread of latency and cost, and whether the answers differ.</source>
        <translation>Attempts per lane, one after the other (default 1; a lane&apos;s repeat=N wins): the mean and spread of latency and cost, and whether the answers differ.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N attempts of the lanes of PROFILE (a profile or provider) at once, repeatable: for local servers that generate one reply at a time.</source>
        <translation>At most N attempts of the lanes of PROFILE (a profile or provider) at once, repeatable: for local servers that generate one reply at a time.</translation>
    </message>
    <message>
        <source>PROFILE=N</source>
        <translation>PROFILE=N</translation>
    </message>
    <message>
        <source>text (default: one line per lane) or json (one modelkit.comparison document).</source>
        <translation>text (default: one line per lane) or json (one modelkit.comparison document).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Also write the comparison (modelkit.comparison JSON) to FILE.</source>
        <translation>Also write the comparison (modelkit.comparison JSON) to FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Text output: print each lane&apos;s reply after the table.</source>
        <translation>Text output: print each lane&apos;s reply after the table.</translation>
    </message>
    <message>
        <source>Ask for whole replies instead of streams (no time to first token).</source>
        <translation>Ask for whole replies instead of streams (no time to first token).</translation>
    </message>
    <message>
        <source>Do not record the calls in the usage ledger (modelkit usage).</source>
        <translation>Do not record the calls in the usage ledger (modelkit usage).</translation>
    </message>
    <message>
        <source>Retries on 408/409/429/5xx and connection errors, every lane (default 2).</source>
        <translation>Retries on 408/409/429/5xx and connection errors, every lane (default 2).</translation>
    </message>
    <message>
        <source>Total timeout per attempt in seconds (default 600).</source>
        <translation>Total timeout per attempt in seconds (default 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Fail when no byte arrives for this long (default 120).</source>
        <translation>Fail when no byte arrives for this long (default 120).</translation>
    </message>
    <message>
        <source>Allow HTTP/2 (off by default).</source>
        <translation>Allow HTTP/2 (off by default).</translation>
    </message>
    <message>
        <source>--output must be text or json</source>
        <translation>--output must be text or json</translation>
    </message>
    <message>
        <source>--save: the directory of %1 does not exist</source>
        <translation>--save: the directory of %1 does not exist</translation>
    </message>
    <message>
        <source>no client for lane %1</source>
        <translation>no client for lane %1</translation>
    </message>
    <message>
        <source>give the lanes to compare: --lane PROFILE:MODEL (up to %1)</source>
        <translation>give the lanes to compare: --lane PROFILE:MODEL (up to %1)</translation>
    </message>
    <message>
        <source>at most %1 lanes, not %2</source>
        <translation>at most %1 lanes, not %2</translation>
    </message>
    <message>
        <source>--repeat expects a whole number from 1 to %1</source>
        <translation>--repeat expects a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>--lane %1</source>
        <translation>--lane %1</translation>
    </message>
    <message>
        <source>--lane %1: &quot;%2&quot; is not a provider (%3), and the profiles cannot be read: %4</source>
        <translation>--lane %1: &quot;%2&quot; is not a provider (%3), and the profiles cannot be read: %4</translation>
    </message>
    <message>
        <source>--lane %1: &quot;%2&quot; is not a provider (%3), and there are no saved profiles (&quot;modelkit profile add&quot;)</source>
        <translation>--lane %1: &quot;%2&quot; is not a provider (%3), and there are no saved profiles (&quot;modelkit profile add&quot;)</translation>
    </message>
    <message>
        <source>--lane %1: &quot;%2&quot; is neither a saved profile (%3) nor a provider (%4)</source>
        <translation>--lane %1: &quot;%2&quot; is neither a saved profile (%3) nor a provider (%4)</translation>
    </message>
    <message>
        <source>--lane %1: %2</source>
        <translation>--lane %1: %2</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server needs its URL: save a profile (modelkit profile add NAME --kind compatible --base-url URL) and name it instead</source>
        <translation>an OpenAI-compatible server needs its URL: save a profile (modelkit profile add NAME --kind compatible --base-url URL) and name it instead</translation>
    </message>
    <message>
        <source>--limit &quot;%1&quot; is not PROFILE=N with N at least 1</source>
        <translation>--limit &quot;%1&quot; is not PROFILE=N with N at least 1</translation>
    </message>
    <message>
        <source>--limit %1: no lane uses &quot;%2&quot; (the lanes use %3)</source>
        <translation>--limit %1: no lane uses &quot;%2&quot; (the lanes use %3)</translation>
    </message>
    <message numerus="yes">
        <source>[%1 %2: queued, %3 runs %n at a time]
</source>
        <translation>
            <numerusform>[%1 %2: queued, %3 runs %n at a time]
</numerusform>
            <numerusform>[%1 %2: queued, %3 runs %n at a time]
</numerusform>
        </translation>
    </message>
    <message>
        <source>--save: %1</source>
        <translation>--save: %1</translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation>%1/%2 succeeded</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>cached</translation>
    </message>
    <message>
        <source>%1/%2 cached</source>
        <translation>%1/%2 cached</translation>
    </message>
    <message>
        <source>ttft %1</source>
        <translation>ttft %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message>
        <source>tokens %1 prompt / %2 completion (reasoning %3, cached %4)</source>
        <translation>tokens %1 prompt / %2 completion (reasoning %3, cached %4)</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>cost unknown</translation>
    </message>
    <message>
        <source>answers differ (%1 distinct)</source>
        <translation>answers differ (%1 distinct)</translation>
    </message>
    <message>
        <source>same answer</source>
        <translation>same answer</translation>
    </message>
    <message>
        <source>modelkit: warning: %1
</source>
        <translation>modelkit: warning: %1
</translation>
    </message>
</context>
<context>
    <name>playground::cli::ModelsCommand</name>
    <message>
        <source>List the models a provider offers.</source>
        <translation>List the models a provider offers.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (default) or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
</context>
<context>
    <name>playground::cli::TokensCommand</name>
    <message>
        <source>Count the prompt tokens of a request: a local estimate, and the provider&apos;s exact count where it has an endpoint (Anthropic, Gemini).</source>
        <translation>Count the prompt tokens of a request: a local estimate, and the provider&apos;s exact count where it has an endpoint (Anthropic, Gemini).</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (default) or json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>estimate: %1 tokens (local heuristic)
</source>
        <translation>estimate: %1 tokens (local heuristic)
</translation>
    </message>
    <message>
        <source>exact:    %1 tokens (%2)
</source>
        <translation>exact:    %1 tokens (%2)
</translation>
    </message>
    <message>
        <source>exact:    not available (%1 has no counting endpoint)
</source>
        <translation>exact:    not available (%1 has no counting endpoint)
</translation>
    </message>
    <message>
        <source>context:  %1 of %2 tokens remain
</source>
        <translation>context:  %1 of %2 tokens remain
</translation>
    </message>
</context>
</TS>
