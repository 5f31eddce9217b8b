"""Portuguese: the words and phrases the headline rules need."""

from __future__ import annotations

from .rules import Lang, words

DAYS = r"(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo"

PT = Lang(
    code="pt",
    function=words(
        "e ou mas nem de do da dos das a o as os ao aos à às em no na nos nas com "
        "por pelo pela pelos pelas para sem sobre entre desde até contra segundo "
        "que quem cujo onde se seu sua seus suas um uma uns umas este esta estes "
        "estas esse essa não muito mais menos"
    ),
    openers=words(
        "de do da dos das a ao aos à às em no na nos nas com por pelo pela pelos "
        "pelas para sem sobre entre desde até contra segundo durante após ante "
        "que quem onde quando enquanto embora porque"
    ),
    no_end=words(
        "tem têm é são está estão foi foram será serão vai vão deve devem pode "
        "podem quer querem novo nova novos novas grande primeiro primeira último "
        "última outro outra outros outras vários várias alguns algumas cada ambos "
        "âmbito causa quadro"
    ),
    determiners=words(
        "o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela "
        "seu sua seus suas este esta estes estas esse essa"
    ),
    say=(
        r"(?:disse|afirmou|declarou|anunciou|garantiu|referiu|explicou|indicou|"
        r"adiantou|sublinhou|salientou|informou|avançou|assegurou|defendeu|"
        r"considerou|admitiu|lembrou|reiterou|prometeu|disseram|afirmaram|"
        r"anunciaram|informaram)"
    ),
    that=r"que\s+",
    according=r"(?:segundo|de\s+acordo\s+com|conforme)",
    pronouns=words("ele ela"),
    titles=(
        r"(?:presidente|primeiro-ministro|primeira-ministra|ministro|ministra|"
        r"secretário|secretária|chefe|porta-voz|líder|diretor|diretora|"
        r"presidente\S*|governador|governadora|embaixador|embaixadora|deputado|"
        r"deputada|senador|senadora|chanceler|rei|rainha|papa|comissário|"
        r"comissária|procurador|procuradora|autarca|general)"
    ),
    given=words(
        "Luís Luis António Antonio Marcelo Pedro Ana Mariana Fernando Miguel João "
        "José Maria Paulo Rui Catarina Marta Augusto André Carlos Inês Sebastião "
        "Jair Luiz Fernando Geraldo Simone Marina Gleisi Rodrigo Arthur Alexandre "
        "Emmanuel Olaf Giorgia Ursula Vladimir Volodymyr Joe Donald Kamala Xi "
        "Recep Benjamin Friedrich Mark Keir Christine Nicolás Gustavo Javier Hugo "
        "Leonor Duarte Nuno Manuel Joaquim"
    ),
    time=(
        rf"(?:(?:nesta|neste|na|no)\s+(?:{DAYS})|hoje|ontem|esta\s+semana|"
        r"(?:nesta|esta|na)\s+(?:madrugada|manhã|tarde|noite)(?:\s+de\s+\w+)?)"
    ),
    second=(
        r"(?:mas|enquanto|embora|e|sem|com|o\s+que|pelo\s+que|[a-zãõáéíóúâêôç]+(?:ando|endo|indo))"
    ),
    aside=r"(?:que|quem|cujo|cuja|onde|o\s+qual|a\s+qual|um|uma|o|a)",
    relative=r"(?:que|quem|cujo|cuja|onde|o\s+qual|a\s+qual)",
    intro=(
        r"(?:Após\s+[^,]{3,80}|Depois\s+de\s+[^,]{3,80}|Segundo\s+[^,]{3,60}|"
        r"De\s+acordo\s+com\s+[^,]{3,60}|Além\s+disso|Por\s+outro\s+lado|"
        r"Em\s+[^,]{3,40}|Durante\s+[^,]{3,60})"
    ),
    participle=r"[a-zãõáéíóúâêôç]+(?:ando|endo|indo)",
    verb=(
        r"(?:tem|têm|é|são|está|estão|foi|foram|será|vai|vão|deve|pode|quer|"
        r"[a-zãõáéíóúâêôç]+(?:ou|eu|iu|aram|eram|iram|ará|erá|irá|ado|ada|ados|"
        r"adas|ido|ida|idos|idas))"
    ),
    adjective=r"(?!)",
    credit="{claim}, segundo {name}",
    not_verbs=words(
        "mais menos milhares centenas milhões cerca quase vários várias muitos "
        "todos cada ambos mil dois duas três quatro cinco seis sete oito nove dez "
        "também só apenas ninguém nenhum"
    ),
    quote_credit="{name}: «{claim}»",
    first_person=words("eu nós"),
    abbreviations=words("sr sra dr dra prof eng av"),
)
