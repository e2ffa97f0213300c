from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "frontend_ui"
PARENT = "code_generation"

DESCRIPTIONS = [
    "frontend",
    "building UI components, CSS and layout in React, Vue or Svelte",
    "UI work: components, forms, modals, tables, responsive layouts, styling with CSS/Tailwind, animations, accessibility",
    "when I'm working on the look and feel of a web app",
    "Use for frontend code: React/Next.js, Vue/Nuxt, Svelte/SvelteKit, Angular components; flexbox/grid layouts; design-system components; client-side state in the UI.",
    "make this page/component look right",
    "web UI implementation — HTML, CSS, Tailwind, shadcn/ui, MUI, styled-components, dark mode, responsive breakpoints, a11y (ARIA, keyboard nav)",
    "frontend components & styling (also mobile UI in SwiftUI / Jetpack Compose / Flutter)",
    "Frontend : composants d'interface, CSS et mise en page (React, Vue, Svelte)",
    "Frontend: componentes de UI, CSS e layout com React, Vue ou Svelte",
]

REQUESTS = [
    conv(
        "ok last css question today i promise",
        "Ha, no limit — go ahead.",
        "center a div vertically and horizontally, the modern way",
    ),
    r"""Build a React component `<DataTable>` in TypeScript:
- props: columns (key, header, sortable?, render?), rows, pageSize
- click header to sort asc/desc (only sortable columns), show an arrow
- client-side pagination with prev/next and "page X of Y"
- sticky header, zebra rows
Tailwind for styling. No table library.""",
    "tailwind: make a responsive card grid, 1 col on mobile, 2 on md, 4 on xl, cards same height with the button pinned to the bottom",
    cc("add a dark mode toggle to the navbar (src/components/Navbar.tsx). persist in localStorage, default to system preference, no flash of wrong theme on load. we use tailwind with `darkMode: 'class'`",
       reminders=[reminder_date("2026-02-17")]),
    cc("vue 3 modal component with v-model for open state, closes on esc and backdrop click, traps focus, slot for header/body/footer",
       reminders=[reminder_date("2026-01-26")],
       history=("do we have any modal/dialog component already in src/components?", "No — there's `BaseButton.vue`, `BaseInput.vue` and `Toast.vue`, but no modal. The two places that show dialogs (`DeleteProjectButton.vue` and `InviteForm.vue`) each use `window.confirm`.",)),
    # Spanish
    "Hazme un formulario de registro en React con react-hook-form y zod: nombre, email, contraseña con confirmación, checkbox de términos. Muestra los errores debajo de cada campo y deshabilita el botón mientras se envía.",
    "my flexbox footer won't stick to the bottom when the page content is short. html/css pls",
    cc("svelte component: image carousel with prev/next buttons, dots, swipe on mobile, autoplay that pauses on hover",
       history=("set up a new sveltekit project with tailwind in ./web", "Created `web/` with SvelteKit (Svelte 5, TypeScript), added Tailwind via the official integration, and verified `npm run dev` serves the starter page.",)),
    loop(
        "what UI lib are we using?",
        [
            (None, [
                ("Bash", {"command": "cat package.json | jq '.dependencies'", "description": "Show dependencies"},
                 "{\n  \"@radix-ui/react-dialog\": \"^1.1.2\",\n  \"@radix-ui/react-dropdown-menu\": \"^2.1.2\",\n  \"class-variance-authority\": \"^0.7.0\",\n  \"clsx\": \"^2.1.1\",\n  \"lucide-react\": \"^0.452.0\",\n  \"next\": \"15.0.3\",\n  \"react\": \"19.0.0\",\n  \"tailwind-merge\": \"^2.5.4\"\n}"),
            ]),
        ],
        "right, shadcn-style. build a command palette (cmd+k) component: fuzzy search over a list of actions passed as props, arrow key navigation, enter to run, grouped sections, opens in a Radix dialog",
        reminders=[reminder_date("2026-05-26")],
        wrap="It's a Next.js 15 / React 19 app using Radix primitives with Tailwind, cva, clsx and tailwind-merge — the shadcn/ui pattern — plus lucide icons.",
    ),
    "css: the sidebar should be 260px, collapse to icons-only (64px) under 1024px, and become an off-canvas drawer on mobile. main content fills the rest. use grid",
    # German
    "Ich brauche eine Angular-Komponente für eine Autocomplete-Suche: Eingabefeld, Vorschläge werden nach 300 ms Debounce vom Backend geladen, Tastaturnavigation mit Pfeiltasten, Enter wählt aus. Bitte mit RxJS.",
    conv(
        "what's the bundle size of framer-motion these days",
        "The full `motion` component is roughly 30–35 KB gzipped; using the `m` component with `LazyMotion` and `domAnimation` features brings the initial cost down to about 5 KB, loading the rest on demand.",
        "how do I animate a list item sliding out when removed in react? framer-motion is fine",
    ),
    conv(
        "do you know shadcn?",
        "Yes — shadcn/ui is a collection of copy-paste React components built on Radix UI primitives and styled with Tailwind. You add components to your own codebase with the CLI (`npx shadcn@latest add button`) rather than installing a package, so you own and can modify the code.",
        "cool, build me a settings page with it: left nav with sections (Profile, Notifications, Billing), profile form with avatar upload preview, notification toggles using Switch, and a sticky save bar that appears only when something changed",
    ),
    "Make this button accessible, it's a div with onClick rn\n\n```jsx\n<div className=\"btn\" onClick={toggle}>{open ? 'Hide' : 'Show'} details</div>\n```",
    "swiftui view: a list of tasks with swipe to delete, a checkmark toggle, and an add button in the toolbar that shows a sheet with a text field",
    # Chinese
    "用 React + TypeScript 写一个文件上传组件：支持拖拽上传、显示每个文件的上传进度条、可以取消上传，只允许图片且单个不超过 5MB。",
    "css only tooltip that appears above the element on hover/focus, with a little arrow, and flips below if there's no room? (if flipping needs js that's ok)",
    cc("The pricing page (app/pricing/page.tsx) looks broken on mobile — the 3 plan cards overflow horizontally. Make it stack on small screens and make the 'popular' card visually highlighted. Match the existing design tokens in tailwind.config.ts.",
       reminders=[reminder_claudemd("2026-06-30", """
Next.js app router. Use server components by default; client components only when needed.
Styling: Tailwind only, no CSS modules.
""")]),
    "jetpack compose: a login screen with email/password fields, show/hide password icon, loading state on the button, error snackbar",
    "infinite scroll list in react using IntersectionObserver, loads next page from /api/items?cursor=..., shows skeleton rows while loading",
    # Japanese
    "Vue 3 と Tailwind で、ステップ形式のフォーム（3ステップ：基本情報→住所→確認）を作りたいです。上部に進捗インジケーター、戻る/次へボタン、各ステップでバリデーションをお願いします。",
    "write the html+css for a pricing toggle (monthly/yearly) switch that looks like iOS, pure css, with the checkbox hack",
    "tabs component in react that's accessible (roving tabindex, arrow keys, aria-selected etc.) and works controlled or uncontrolled",
    loop(
        "run storybook build",
        [
            (None, [
                ("Bash", {"command": "npm run build-storybook 2>&1 | tail -5", "description": "Build storybook"},
                 "info => Output directory: /home/lee/ui-kit/storybook-static\ninfo => Building preview..\ninfo => Preview built (14 s)\n✓ Storybook built successfully"),
            ]),
        ],
        "good. now add a <Badge> component to the kit with variants (neutral, success, warning, danger), sizes sm/md, optional leading icon and a dismiss button, plus its stories file",
        reminders=[REMINDER_TODO],
        wrap="Storybook built successfully into storybook-static/.",
    ),
    # French
    "Peux-tu me faire un composant React « Toast » avec un système de notifications empilées en bas à droite, qui disparaissent après 4 secondes, avec une animation d'entrée/sortie ?",
    "my grid items have different heights and leave gaps. i want a masonry layout like pinterest. css only if possible, or the least js",
    "build a date range picker in react without a library? no ok, use react-day-picker, but I need the popover, two months side by side on desktop, one on mobile, and preset ranges (last 7 days, this month...)",
    "flutter widget: expandable FAQ list, tap question to expand answer with animation, only one open at a time",
    conv(
        "why is my useState not updating immediately after setState",
        "State updates are scheduled, not applied synchronously — the variable in the current render keeps its old value. Use the value you passed in, or read the new state in the next render / in a `useEffect` that depends on it.",
        "ok got it. different thing — I need a kanban board component: 3 columns, drag cards between columns (dnd-kit), add card inline at the bottom of each column, column headers show counts",
    ),
    # Portuguese
    "Cria um componente de menu responsivo em HTML/CSS/JS puro: no desktop os links ficam na horizontal, no mobile vira um menu hambúrguer que abre de lado com overlay.",
    "tailwind: style a blog article so typography looks nice (headings, code blocks, blockquotes, images) — prose plugin plus tweaks for dark mode",
    "svelte 5 runes: a todo app component with filters (all/active/done), edit on double click, and persist to localStorage",
    "The checkout page needs a credit card input that formats the number in groups of 4, detects the brand (visa/mc/amex) and shows the logo, and formats expiry as MM/YY. react, no stripe elements",
    cc("make the ProductCard skeleton loader match the real card layout (components/ProductCard.tsx) with a shimmer animation, and respect prefers-reduced-motion"),
    # Russian
    "Сделай на React компонент таблицы с фиксированной первой колонкой и горизонтальной прокруткой для остальных колонок. Стили на CSS modules.",
    "how do I make a textarea auto-grow with content up to 10 lines then scroll. vanilla js or css field-sizing if supported",
    "next.js: build the layout — header with logo + user menu dropdown, collapsible sidebar, breadcrumbs, main content area. app router, layout.tsx",
    "chart component: line chart of daily revenue with tooltip and range selector (7d/30d/90d) using recharts, responsive container",
    # Korean
    "리액트로 별점 입력 컴포넌트 만들어 주세요. 반 별(0.5 단위) 지원, 마우스 호버 미리보기, 키보드로도 조작 가능하게요.",
    "angular material: a filterable, sortable, paginated table of users with a row action menu (edit/delete) and a confirm dialog before delete",
    "Our landing page hero needs: big headline, subheadline, two CTA buttons, and a product screenshot that tilts slightly on desktop with a gradient glow behind it. tailwind + react",
    "write a react hook + component for a resizable split pane (horizontal), draggable divider, min sizes for both panes, remember size in localStorage",
    "vue: show a confirmation popover when user clicks delete, anchored to the button, closes on outside click",
    conv(
        "in react can I put a hook inside an if",
        "No — hooks must be called unconditionally and in the same order on every render, since React tracks them by call order. Put the condition inside the hook (e.g. inside the `useEffect` callback) or split the conditional part into a separate component.",
        "right. ok so I need a notifications bell component: icon with unread badge (caps at 9+), click opens a dropdown list with mark-as-read on each item and 'mark all read', closes on outside click/esc. tailwind",
    ),
    "Mi fai un componente React per una barra di ricerca con suggerimenti a tendina? Deve evidenziare in grassetto la parte che corrisponde al testo digitato e funzionare con le frecce della tastiera. Stile con Tailwind.",
]
