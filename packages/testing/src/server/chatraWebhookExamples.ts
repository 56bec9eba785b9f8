// The three webhook payloads of the Chatra documentation, as its "Example of an event object"
// sections give them (the seed's lines 1178–1280, 1290–1414 and 1418–1591), comments dropped and
// every value kept as written, the seed's "[email protected]" included.
// Post them with `sendChatraWebhook`, or change a copy to test your own handler's edge cases.

export const chatraWebhookExamples = {
  chatStarted: {
    eventName: 'chatStarted',
    message: {
      id: 'dkmyYPxJyh5rKDhRT',
      type: 'agent',
      text: 'Hi there! Did you receive your tracking number?',
      createdAt: 1442224934355,
      agentId: 'bnRzp4CioKudG4aHm',
      agentName: 'Julia',
    },
    agent: {
      id: 'bnRzp4CioKudG4aHm',
      name: 'Julia',
      email: '[email protected]',
      userpic: 'https://ucarecdn.com/06e119c4-debd-420f-bb8c-7a2f261ca0e5/',
    },
    client: {
      id: 'vfg1y4h4ioapl1cx0trw1mujk6den021zs9b2q8',
      chatId: 'aC4krWMZWLYzz9sKZ',
      chatLink: 'https://app.chatra.io/chat/aC4krWMZWLYzz9sKZ',
      groupId: 'z2o3F8GDkNpKD4BYt',
      color: '#faebd7',
      ip: '192.168.1.179',
      browserLanguage: 'en-US',
      chatLanguage: 'en',
      browser: 'Chrome 45.0.2454',
      os: 'Windows 10',
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/45.0.2454.85 Safari/537.36',
      country: 'Ireland',
      city: 'Dublin',
      latestVisit: {
        startedAt: 1482229240615,
        viewedPages: [
          {
            link: 'http://getwear.com/',
            title: 'Getwear — custom designer jeans',
          },
          {
            link: 'http://getwear.com/women/151254/',
            title: 'Washed skinny jeans for women',
          },
        ],
      },
      displayedName: 'Jane',
      basicInfo: {
        phone: '+353 1 568 4258',
        notes: 'Loves skinny jeans',
      },
      customFormData: {
        order: '#151254',
      },
      integrationData: {
        name: 'Jane',
        email: '[email protected]',
        Cart: 'Washed skinny jeans for women, $99',
      },
      info: {
        name: 'Jane',
        email: '[email protected]',
        phone: '+353 1 568 4258',
        notes: 'Loves skinny jeans',
        order: '#151254',
        Cart: 'Washed skinny jeans for women, $99',
      },
      marketingConsent: true,
      termsOfServiceConsent: true,
    },
    hostName: 'getwear.com',
    chatStartedPage: {
      link: 'http://getwear.com/women/151254/',
      title: 'Washed skinny jeans for women',
    },
  },
  chatFragment: {
    eventName: 'chatFragment',
    messages: [
      {
        type: 'agent',
        id: 'AXCR3k9bpSY7bpuh7',
        text: 'Your order has shipped! Here’s your tracking number: 9114 5847 4668 7775 9233 54',
        createdAt: 1442220379561,
        agentId: 'd9nKoegKSjmCtyK78',
        agentName: 'Liz',
        isPushed: true,
      },
      {
        type: 'agent',
        id: 'DftGtKqyJpBXtC42J',
        text: 'Hi there! How can we help you?',
        createdAt: 1442224934355,
        agentId: 'bnRzp4CioKudG4aHm',
        agentName: 'Julia',
        isTrigger: true,
      },
      {
        type: 'client',
        id: 'JuzQe8pJ9cZqymJK9',
        text: 'I’ve changed my email, could you please re-send my order details?',
        createdAt: 1442233333617,
      },
    ],
    agents: [
      {
        id: 'd9nKoegKSjmCtyK78',
        name: 'Liz',
        email: '[email protected]',
        userpic: 'https://ucarecdn.com/93d1e396-2a78-4ece-82f0-7b8bb9043b78/',
      },
      {
        id: 'bnRzp4CioKudG4aHm',
        name: 'Julia',
        email: '[email protected]',
        userpic: 'https://ucarecdn.com/06e119c4-debd-420f-bb8c-7a2f261ca0e5/',
      },
    ],
    client: {
      id: 'vfg1y4h4ioapl1cx0trw1mujk6den021zs9b2q8',
      chatId: 'aC4krWMZWLYzz9sKZ',
      chatLink: 'https://app.chatra.io/chat/aC4krWMZWLYzz9sKZ',
      groupId: 'z2o3F8GDkNpKD4BYt',
      color: '#faebd7',
      ip: '192.168.1.179',
      browserLanguage: 'en-US',
      chatLanguage: 'en',
      browser: 'Chrome 45.0.2454',
      os: 'Windows 10',
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/45.0.2454.85 Safari/537.36',
      country: 'Ireland',
      city: 'Dublin',
      latestVisit: {
        startedAt: 1482229240615,
        viewedPages: [
          {
            link: 'http://getwear.com/',
            title: 'Getwear — custom designer jeans',
          },
          {
            link: 'http://getwear.com/women/151254/',
            title: 'Washed skinny jeans for women',
          },
        ],
      },
      displayedName: 'Jane',
      basicInfo: {
        phone: '+353 1 568 4258',
        notes: 'Loves skinny jeans',
      },
      customFormData: {
        order: '#151254',
      },
      integrationData: {
        name: 'Jane',
        email: '[email protected]',
        Cart: 'Washed skinny jeans for women, $99',
      },
      info: {
        name: 'Jane',
        email: '[email protected]',
        phone: '+353 1 568 4258',
        notes: 'Loves skinny jeans',
        order: '#151254',
        Cart: 'Washed skinny jeans for women, $99',
      },
      marketingConsent: true,
      termsOfServiceConsent: true,
    },
  },
  chatTranscript: {
    eventName: 'chatTranscript',
    messages: [
      {
        type: 'agent',
        id: 'AXCR3k9bpSY7bpuh7',
        text: 'Your order has shipped! Here’s your tracking number: 9114 5847 4668 7775 9233 54',
        createdAt: 1442220379561,
        agentId: 'd9nKoegKSjmCtyK78',
        agentName: 'Liz',
        isPushed: true,
      },
      {
        type: 'agent',
        id: 'DftGtKqyJpBXtC42J',
        text: 'Hi there! How can we help you?',
        createdAt: 1442224934355,
        agentId: 'bnRzp4CioKudG4aHm',
        agentName: 'Julia',
        isTrigger: true,
      },
      {
        type: 'client',
        id: 'JuzQe8pJ9cZqymJK9',
        text: 'I’ve changed my email, could you please re-send my order details?',
        createdAt: 1442233333617,
      },
      {
        type: 'agent',
        id: '5z5fvBj4auebD63S5',
        text: 'Sure, just a moment :)',
        createdAt: 1442233359830,
        agentId: 'bnRzp4CioKudG4aHm',
        agentName: 'Julia',
      },
      {
        type: 'agent',
        id: '5MzkBA9ERXJNk4JuH',
        text: 'receipt.png',
        file: {
          fileName: 'receipt.png',
          size: 333455,
          isImage: true,
          url: 'https://ucarecdn.com/03cd56cd-1de9-4f65-996d-08afdf27fa1b/',
          imageInfo: {
            width: 1129,
            height: 525,
            previewUrl:
              'https://ucarecdn.com/03cd56cd-1de9-4f65-996d-08afdf27fa1b/-/preview/800x800/-/quality/lighter/',
          },
        },
        createdAt: 1442233366078,
        agentId: 'bnRzp4CioKudG4aHm',
        agentName: 'Julia',
      },
      {
        type: 'client',
        id: '6QZDugATac9FXZSkp',
        text: 'Thanks!',
        createdAt: 1442233372326,
        isMissed: true,
      },
    ],
    offlineMessagesCount: 1,
    agents: [
      {
        id: 'd9nKoegKSjmCtyK78',
        name: 'Liz',
        email: '[email protected]',
        userpic: 'https://ucarecdn.com/93d1e396-2a78-4ece-82f0-7b8bb9043b78/',
      },
      {
        id: 'bnRzp4CioKudG4aHm',
        name: 'Julia',
        email: '[email protected]',
        userpic: 'https://ucarecdn.com/06e119c4-debd-420f-bb8c-7a2f261ca0e5/',
      },
    ],
    client: {
      id: 'vfg1y4h4ioapl1cx0trw1mujk6den021zs9b2q8',
      chatId: 'aC4krWMZWLYzz9sKZ',
      chatLink: 'https://app.chatra.io/chat/aC4krWMZWLYzz9sKZ',
      groupId: 'z2o3F8GDkNpKD4BYt',
      color: '#faebd7',
      ip: '192.168.1.179',
      browserLanguage: 'en-US',
      chatLanguage: 'en',
      browser: 'Chrome 45.0.2454',
      os: 'Windows 10',
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/45.0.2454.85 Safari/537.36',
      country: 'Ireland',
      city: 'Dublin',
      latestVisit: {
        startedAt: 1482229240615,
        finishedAt: 1442233410389,
        viewedPages: [
          {
            link: 'http://getwear.com/',
            title: 'Getwear — custom designer jeans',
          },
          {
            link: 'http://getwear.com/women/151254/',
            title: 'Washed skinny jeans for women',
          },
        ],
      },
      displayedName: 'Jane',
      basicInfo: {
        phone: '+353 1 568 4258',
        notes: 'Loves skinny jeans',
      },
      customFormData: {
        order: '#151254',
      },
      integrationData: {
        name: 'Jane',
        email: '[email protected]',
        Cart: 'Washed skinny jeans for women, $99',
      },
      info: {
        name: 'Jane',
        email: '[email protected]',
        phone: '+353 1 568 4258',
        notes: 'Loves skinny jeans',
        order: '#151254',
        Cart: 'Washed skinny jeans for women, $99',
      },
      marketingConsent: true,
      termsOfServiceConsent: true,
    },
    hostName: 'getwear.com',
    chatStartedPage: {
      link: 'http://getwear.com/women/151254/',
      title: 'Washed skinny jeans for women',
    },
  },
} as const

export type ChatraWebhookExample =
  (typeof chatraWebhookExamples)[keyof typeof chatraWebhookExamples]
